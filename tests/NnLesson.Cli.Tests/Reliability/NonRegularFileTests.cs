using System.Diagnostics;
using NnLesson.Vision.Models;

namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Defect 7 of issue 6: a FIFO (named pipe) given as a photo, found in a classify folder, served by a
/// `model download --source` folder, or given as --model or --labels blocked the program in open() forever.
/// Anything that is not a regular file is refused with one line, before it is opened. Every case runs with a
/// deadline; if the program does block, the test opens the FIFO's other end to free it and fails.
/// </summary>
public sealed class NonRegularFileTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private readonly string _folder = RepoPaths.NewTempFolder("nnlesson-fifo");

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Runs nnlesson in-process with a deadline; a blocked reader is released by opening the FIFO for writing.</summary>
    private static async Task<CliRun> RunBounded(string fifo, params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args));
        if (await Task.WhenAny(run, Task.Delay(Deadline)) != run)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }
            await run;
            Assert.Fail($"nnlesson {string.Join(' ', args)} blocked on the FIFO {fifo}");
        }
        return await run;
    }

    private static void AssertOneLineRefusal(CliRun run, string path, string kind = "FIFO")
    {
        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.Contains(path, StringComparison.Ordinal));
        Assert.Contains(kind, line);
        Assert.Contains("not a regular file", line);
        Assert.DoesNotContain("unexpected", run.Error);
    }

    [Fact]
    public async Task A_fifo_as_the_photo_is_refused()
    {
        var fifo = MakeFifo(Path.Combine(_folder, "photo.jpg"));
        var run = await RunBounded(fifo, "slide6", "--image", fifo, "--out", RepoPaths.NewTempFolder());
        AssertOneLineRefusal(run, fifo);
    }

    [SharedFact]
    public async Task A_fifo_named_jpg_in_a_classify_folder_is_skipped_and_the_rest_classified()
    {
        File.Copy(RepoPaths.SharedImage("banana_0.jpg"), Path.Combine(_folder, "a.jpg"));
        var fifo = MakeFifo(Path.Combine(_folder, "b.jpg"));

        var run = await RunBounded(fifo, "classify", _folder, "--json", "--model", RepoPaths.SharedModel);

        Assert.Equal(ExitCodes.RuntimeFailure, run.ExitCode);
        Assert.Contains("a.jpg", run.Output);
        Assert.Contains("FIFO", Assert.Single(run.ErrorLines, l => l.Contains("b.jpg")));
    }

    [Fact]
    public async Task A_fifo_in_a_download_mirror_folder_is_refused_and_nothing_is_saved()
    {
        var mirror = Path.Combine(_folder, "mirror");
        Directory.CreateDirectory(mirror);
        var model = ModelCatalog.All[0];
        var fifo = MakeFifo(Path.Combine(mirror, model.Files[0].FileName));
        var target = Path.Combine(_folder, "models");

        var run = await RunBounded(fifo, "model", "download", model.Name, "--source", mirror, "--dir", target);

        AssertOneLineRefusal(run, fifo);
        Assert.StartsWith("nnlesson: Download of", run.ErrorLines[^1]);
        Assert.True(!Directory.Exists(target) || Directory.GetFiles(target).Length == 0);
    }

    [SharedFact]
    public async Task A_fifo_as_model_is_refused()
    {
        var fifo = MakeFifo(Path.Combine(_folder, "model.onnx"));
        var run = await RunBounded(fifo, "classify", RepoPaths.SharedImage("banana_0.jpg"), "--model", fifo);
        AssertOneLineRefusal(run, fifo);
    }

    [SharedFact]
    public async Task A_fifo_as_labels_is_refused()
    {
        var fifo = MakeFifo(Path.Combine(_folder, "labels.txt"));
        var run = await RunBounded(fifo, "classify", RepoPaths.SharedImage("banana_0.jpg"), "--model", RepoPaths.SharedModel, "--labels", fifo);
        AssertOneLineRefusal(run, fifo);
    }

    [SharedFact]
    public async Task A_character_device_as_photo_or_labels_is_refused()
    {
        var photo = await RunBounded("/dev/null", "classify", "/dev/zero", "--model", RepoPaths.SharedModel);
        Assert.Contains("character device", Assert.Single(photo.ErrorLines, l => l.Contains("/dev/zero")));
        var labels = await RunBounded("/dev/null", "classify", RepoPaths.SharedImage("banana_0.jpg"), "--model", RepoPaths.SharedModel, "--labels", "/dev/zero");
        AssertOneLineRefusal(labels, "/dev/zero", "character device");
    }
}
