using NnLesson.Files;

namespace NnLesson.Vision.Tests.Files;

/// <summary>Defect 6 of issue 6: a write interrupted by Ctrl+C or SIGTERM leaves neither its temporary file nor a target.</summary>
public class AtomicFileInterruptionTests
{
    [Fact]
    public void An_interrupted_write_deletes_its_temporary_file_and_never_creates_the_target()
    {
        var folder = RepoPaths.NewTempFolder();
        var target = Path.Combine(folder, "figure.png");
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteAllBytes(target, [1, 2, 3], interrupt.Token));

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Temporary_file_names_match_the_pattern_a_later_run_clears()
    {
        var temporary = Path.GetFileName(AtomicFile.TemporaryPathFor("/x/slide3_and.png"));
        Assert.True(AtomicFile.IsOwnTemporaryName(temporary), temporary);
        Assert.False(AtomicFile.IsOwnTemporaryName("slide3_and.png"));
        Assert.False(AtomicFile.IsOwnTemporaryName(".slide3_and.png.tmp"));
    }
}
