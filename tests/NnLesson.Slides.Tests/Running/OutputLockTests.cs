using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Figures.Output;
using NnLesson.Files;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// Defect 2 of issue 6: a manifest must only describe the figures of the run that wrote it. A stale one is
/// removed when a run starts, and a second run into the same folder while one is writing is refused. The
/// interleaving is forced (run B starts from inside run A's slide), not left to a lucky race.
/// </summary>
public class OutputLockTests
{
    private static SlideContext Context(string folder) =>
        new(folder, Lang.En, 7, new FigureSize(800, 450), new PlainTextReporter(TextWriter.Null));

    /// <summary>A slide that writes one "figure" with the given bytes, the way PngOutput does (atomically, hashed).</summary>
    private static SlideOutcome WriteFigure(SlideContext context, string name, byte[] bytes)
    {
        var path = context.OutputPath(name);
        AtomicFile.WriteAllBytes(path, bytes);
        return new SlideOutcome("fake", [new SavedFigure(path, 1, 1, Convert.ToHexStringLower(SHA256.HashData(bytes)))]);
    }

    [Fact]
    public void A_stale_manifest_is_gone_before_the_first_slide_runs_and_stays_gone_when_the_run_fails()
    {
        var folder = RepoPaths.NewTempFolder();
        var manifest = Path.Combine(folder, RunManifest.FileName);
        File.WriteAllText(manifest, """{"figures": [{"file": "old.png", "sha256": "0000"}]}""");
        var sawManifest = true;

        Assert.Throws<LessonException>(() => LessonRun.Execute(Context(folder),
        [
            c =>
            {
                sawManifest = File.Exists(c.OutputPath(RunManifest.FileName));
                return WriteFigure(c, "new.png", [1, 2, 3]);
            },
            _ => throw new LessonException("другий слайд не вдався", "the second slide fails"),
        ]));

        Assert.False(sawManifest, "the previous run's manifest must not sit beside this run's figures");
        Assert.False(File.Exists(manifest), "a failed run leaves no manifest vouching for anything");
        Assert.True(File.Exists(Path.Combine(folder, "new.png")));
    }

    [Fact]
    public void A_second_run_into_the_same_folder_is_refused_while_the_first_is_writing()
    {
        var folder = RepoPaths.NewTempFolder();
        LessonException? refused = null;

        LessonRun.Execute(Context(folder),
        [
            a =>
            {
                var outcome = WriteFigure(a, "slide.png", [1, 1, 1]);
                // Run B starts exactly now, while A is between its figure and its manifest.
                refused = Assert.Throws<LessonException>(() =>
                    LessonRun.Execute(Context(folder), [b => WriteFigure(b, "slide.png", [2, 2, 2])]));
                return outcome;
            },
        ]);

        Assert.NotNull(refused);
        Assert.Equal($"Another nnlesson run is writing to {folder}; wait for it to finish or choose another --out.", refused.Message);
        // A's manifest vouches for A's bytes, and the file on disk still has them.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunManifest.FileName)))!;
        var figure = json["figures"]!.AsArray().Single()!;
        Assert.Equal(Sha256File.Of(Path.Combine(folder, "slide.png")), (string)figure["sha256"]!);
        Assert.Equal([1, 1, 1], File.ReadAllBytes(Path.Combine(folder, "slide.png")));
    }

    [Fact]
    public void The_lock_is_released_after_a_run_and_after_a_failure_and_leaves_no_file()
    {
        var folder = RepoPaths.NewTempFolder();
        Assert.Throws<InvalidOperationException>(() => LessonRun.Execute(Context(folder), [_ => throw new InvalidOperationException("boom")]));
        LessonRun.Execute(Context(folder), [c => WriteFigure(c, "a.png", [5])]);
        LessonRun.Execute(Context(folder), [c => WriteFigure(c, "a.png", [6])]);

        Assert.Equal(["a.png", RunManifest.FileName], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_held_lock_refuses_another_holder_and_frees_the_folder_when_disposed()
    {
        var folder = RepoPaths.NewTempFolder();
        using (OutputLock.Acquire(folder))
        {
            var e = Assert.Throws<LessonException>(() => OutputLock.Acquire(folder));
            Assert.Contains("Another nnlesson run is writing to", e.Message);
        }
        using var again = OutputLock.Acquire(folder);
    }
}
