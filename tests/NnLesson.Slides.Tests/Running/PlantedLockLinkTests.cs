using NnLesson.Figures.Output;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// Probe G1 (December 2026): the output lock was the file <c>.nnlesson.lock</c> opened in place and truncated, so a
/// symbolic or hard link planted under that name in a shared output folder made a run destroy the link's target.
/// Whatever the folder holds under that name must come out of a run byte for byte as it was.
/// </summary>
public class PlantedLockLinkTests
{
    private const string Secret = "IMPORTANT DATA line1\nline2\n";

    private static void RunOneSlide(string folder) =>
        LessonRun.Execute(new SlideContext(folder, Lang.En, 7, new FigureSize(800, 450), new PlainTextReporter(TextWriter.Null)),
            [_ => new SlideOutcome("fake", [])]);

    [Fact]
    public void A_symbolic_link_planted_as_the_lock_leaves_its_target_untouched()
    {
        var root = RepoPaths.NewTempFolder();
        var victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, Secret);
        var folder = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, ".nnlesson.lock"), victim);

        RunOneSlide(folder);

        Assert.Equal(Secret, File.ReadAllText(victim));
    }

    [Fact]
    public void A_hard_link_planted_as_the_lock_leaves_the_shared_file_untouched()
    {
        var root = RepoPaths.NewTempFolder();
        var victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, Secret);
        var folder = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;
        Assert.Equal(0, Link(victim, Path.Combine(folder, ".nnlesson.lock")));

        RunOneSlide(folder);

        Assert.Equal(Secret, File.ReadAllText(victim));
    }

    [Fact]
    public async Task A_fifo_planted_as_the_lock_neither_blocks_nor_fails_the_run()
    {
        var folder = RepoPaths.NewTempFolder();
        var fifo = Path.Combine(folder, ".nnlesson.lock");
        Assert.Equal(0, MkFifo(fifo, Convert.ToInt32("600", 8)));

        var run = Task.Run(() => RunOneSlide(folder));

        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) != run)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }
            await run;
            Assert.Fail("the run blocked opening a FIFO planted as the lock");
        }
        await run;
        Assert.True(File.Exists(fifo), "the FIFO is the folder's own entry and stays");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string created);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo(string path, int mode);
}
