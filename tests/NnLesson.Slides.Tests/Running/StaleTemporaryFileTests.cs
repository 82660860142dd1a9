using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// Defect 6 of issue 6: an interrupted run could leave `.slide3_and.png.&lt;guid&gt;.tmp` files that nothing removed.
/// A run now clears leftovers of exactly our own pattern from --out when it starts (under the folder lock,
/// so never another live run's), and leaves every other file alone.
/// </summary>
public class StaleTemporaryFileTests
{
    [Fact]
    public void Leftover_temporary_files_of_our_pattern_are_removed_and_nothing_else()
    {
        var folder = RepoPaths.NewTempFolder();
        string[] ours = [".slide3_and.png.0123456789abcdef0123456789abcdef.tmp", ".manifest.json.fedcba9876543210fedcba9876543210.tmp"];
        string[] theirs = ["notes.tmp", ".slide3_and.png.tmp", ".x.0123456789ABCDEF0123456789ABCDEF.tmp", "slide3_and.png.0123456789abcdef0123456789abcdef.tmp", "photo.png"];
        foreach (var name in ours.Concat(theirs))
        {
            File.WriteAllText(Path.Combine(folder, name), "x");
        }

        LessonRun.Execute(new SlideContext(folder, Lang.En, 1, FigureSize.Default, new PlainTextReporter(TextWriter.Null)), [_ => new SlideOutcome("none", [])]);

        var left = Directory.GetFiles(folder).Select(Path.GetFileName).ToHashSet();
        Assert.All(ours, name => Assert.DoesNotContain(name, left));
        Assert.All(theirs, name => Assert.Contains(name, left));
    }
}
