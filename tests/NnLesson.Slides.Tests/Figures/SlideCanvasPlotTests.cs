using NnLesson.Figures;
using NnLesson.Figures.Common;
using ScottPlot;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// The one canvas places a ScottPlot panel in a box of the design grid: the plot lands inside the box, and what was
/// drawn outside it survives (ScottPlot clears its whole canvas with the figure background unless clipped).
/// </summary>
public class SlideCanvasPlotTests
{
    private static readonly FigureSize Size = new(640, 360);

    [Fact]
    public void A_plot_lands_in_its_box_and_leaves_the_rest_of_the_figure_alone()
    {
        using var surface = new SlideSurface(Size);
        var canvas = surface.Canvas;
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.Canvas.DrawRect(SKRect.Create(0, 0, Size.Width, Size.Height), red);
        }
        var box = canvas.Box(800, 100, 700, 700); // design pixels: the right half, below the heading
        using var plot = new Plot();
        plot.Add.Line(0, 0, 1, 1);

        canvas.DrawPlot(plot, box);

        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)box.Left - 3, (int)box.MidY));   // left of the box
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)box.MidX, (int)box.Top - 3));    // above it
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)box.MidX, (int)box.Bottom + 3)); // below it
        Assert.NotEqual(SKColors.Red, bitmap.GetPixel((int)box.MidX, (int)box.MidY));    // the plot inside it
        var data = plot.LastRender.DataRect;
        Assert.True(data.Left >= box.Left && data.Right <= box.Right && data.Top >= box.Top && data.Bottom <= box.Bottom,
            $"the data area {data} is outside the box {box}");
    }

    [Fact]
    public void Design_pixels_scale_with_the_figure()
    {
        using var surface = new SlideSurface(Size);
        var box = surface.Canvas.Box(800, 450, 160, 90);
        Assert.Equal(SKRect.Create(320, 180, 64, 36), box); // 640×360 is 0.4 of the 1600×900 grid
    }
}
