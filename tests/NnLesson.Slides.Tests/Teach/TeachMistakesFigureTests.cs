using NnLesson.Figures.Teach;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Teach;

public class TeachMistakesFigureTests
{
    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(6, 6, 1)]
    [InlineData(7, 4, 2)]
    [InlineData(12, 6, 2)]
    [InlineData(40, 6, 2)]
    public void The_grid_fits_the_number_of_photos(int count, int columns, int rows) =>
        Assert.Equal((columns, rows), TeachMistakesFigure.Grid(count));

    /// <summary>
    /// A small validation set (4 photos, as in a test or a first try with a few photos) fills one centred row at mid-height
    /// instead of the top-left third of a fixed 6 × 2 grid, where the middle of the figure was white.
    /// </summary>
    [Fact]
    public void Four_photos_fill_one_centred_row()
    {
        var blue = new RgbImage(224, 224, [.. Enumerable.Range(0, 224 * 224).SelectMany(_ => new byte[] { 0, 0, 255 })]);
        var shown = Enumerable.Range(0, 4).Select(i => new ValidationPhoto($"p{i}.jpg", blue, i % 2, i % 2, 0.9)).ToList();
        var path = Path.Combine(RepoPaths.NewTempFolder(), TeachMistakesFigure.FileName);
        TeachMistakesFigure.Save(shown, 0, ["ants", "bees"], Lang.Uk, new FigureSize(800, 450), path);
        using var bitmap = PngAssert.IsFigure(path, 800, 450);
        foreach (var x in new[] { 0.139f, 0.38f, 0.62f, 0.861f }) // the centres of the four cells
        {
            var pixel = bitmap.GetPixel((int)(x * 800), 225);
            Assert.True(pixel.Blue > 200 && pixel.Red < 60, $"the photo at ({x}, 0.5) is {pixel}");
        }
        var gap = bitmap.GetPixel(400, 225); // between the second and third photo
        Assert.Equal(SKColors.White, gap);
    }
}
