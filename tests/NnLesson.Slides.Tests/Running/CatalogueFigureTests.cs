using NnLesson.Slides.Tests.Animation;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Running;

/// <summary>
/// The catalogue is the list of slides: every entry runs with its defaults at a small size, and each figure it
/// declares is written, decodes, has the size asked and is not blank. A new catalogue line is tested here with no
/// new test code. Slides 6 and 8 use ../shared's model when it is there and their documented fallback otherwise.
/// </summary>
public class CatalogueFigureTests
{
    private static readonly FigureSize Small = new(640, 360);

    public static TheoryData<string> SlideIds() => new(SlideCatalogue.All.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(SlideIds))]
    public void Every_declared_figure_is_written_at_the_size_asked_and_is_not_blank(string id)
    {
        var entry = SlideCatalogue.Get(id);

        var run = SlideRun.Of(entry.RunWithDefaults, Small);

        Assert.Equal(id, run.Outcome.SlideId);
        Assert.NotEmpty(run.Outcome.Figures);
        var written = run.Outcome.Figures.Select(f => f.FileName).ToList();
        // A declared name with a placeholder ("slide6_<model>.png | slide6_fallback.png") depends on what was found.
        if (entry.FigureFiles.All(f => !f.Contains('<', StringComparison.Ordinal)))
        {
            Assert.Equal(entry.FigureFiles, written);
        }
        foreach (var figure in run.Outcome.Figures)
        {
            Assert.Equal(run.Folder, Path.GetDirectoryName(figure.Path));
            Assert.Equal((Small.Width, Small.Height), (figure.Width, figure.Height));
            using var bitmap = PngAssert.IsFigure(figure.Path, Small.Width, Small.Height);
            if (figure.FileName.EndsWith(".gif", StringComparison.Ordinal))
            {
                // An animation: every frame decodes, has the size asked and is not blank (the first frame alone proves little).
                using var codec = SKCodec.Create(figure.Path);
                Assert.True(codec.FrameCount > 1, $"{figure.FileName} has a single frame");
                GifAssert.IsAnimation(figure.Path, Small.Width, Small.Height, codec.FrameCount).ForEach(f => f.Dispose());
            }
        }
        Assert.True(File.Exists(run.Context.OutputPath(Manifest.RunManifest.FileName)));
    }

    [Fact]
    public void Ids_are_unique_and_every_slide_has_a_title_in_both_languages()
    {
        Assert.Equal(SlideCatalogue.All.Count, SlideCatalogue.All.Select(e => e.Id).Distinct().Count());
        Assert.All(SlideCatalogue.All, e => Assert.False(string.IsNullOrWhiteSpace(e.Title.Uk) || string.IsNullOrWhiteSpace(e.Title.En), e.Id));
    }
}
