using NnLesson.Figures.Animation;
using ScottPlot;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// <c>slide7_convolution.gif</c>: the kernel sliding over the image while the output map fills, as in
/// CNN Explainer. Three grids side by side: the input x (grey cells with their values) with the kernel's
/// window outlined, the kernel w, and the output y filled up to the current position; underneath, the
/// formula and the products of the current position. One frame per output cell in reading order, plus a
/// first frame with an empty output and a held last frame with the whole map.
/// </summary>
public static class ConvolutionAnimationFigure
{
    public const string FileName = "slide7_convolution.gif";

    public static readonly TimeSpan StartDelay = TimeSpan.FromMilliseconds(1500);
    public static readonly TimeSpan StepDelay = TimeSpan.FromMilliseconds(450);
    public static readonly TimeSpan FinalDelay = TimeSpan.FromMilliseconds(3000);

    public static AnimatedGif Render(ConvolutionAnimationData data, Lang lang, FigureSize size)
    {
        data.Validate();
        var (outH, outW) = (data.Output.GetLength(0), data.Output.GetLength(1));
        return AnimatedGif.Build(size, animation =>
        {
            using var surface = new SlideSurface(size);
            var canvas = surface.Canvas;
            Draw(canvas, data, filled: 0, lang);
            using (var first = surface.Snapshot())
            {
                animation.AddFrame(first, StartDelay);
            }
            for (var n = 1; n <= outH * outW; n++)
            {
                Draw(canvas, data, filled: n, lang);
                using var frame = surface.Snapshot();
                animation.AddFrame(frame, n == outH * outW ? FinalDelay : StepDelay);
            }
        });
    }

    public static SavedFigure Save(ConvolutionAnimationData data, Lang lang, FigureSize size, string path) =>
        GifOutput.Save(() => Render(data, lang, size), path);

    /// <summary>One frame: the first <paramref name="filled"/> output cells computed, the last of them the current position.</summary>
    private static void Draw(SlideCanvas canvas, ConvolutionAnimationData data, int filled, Lang lang)
    {
        var size = canvas.Size;
        var c = canvas.Canvas;
        c.Clear(SKColors.White);
        var (h, w, k, s) = (data.Input.GetLength(0), data.Input.GetLength(1), data.KernelSize, data.Stride);
        var (outH, outW) = (data.Output.GetLength(0), data.Output.GetLength(1));
        var u = (float)FigureTheme.TextBasis(size) / 540f;
        var label = FigureTheme.Label(size);

        canvas.PlotHeading(Slide7Texts.AnimationTitle(k, s).For(lang),
            Slide7Texts.AnimationSource(h, data.CellPixels, data.WindowLeft, data.WindowTop).For(lang));
        var (top, cell, inputLeft, kernelLeft, kernelTop, outputLeft, outputTop) = Layout(data, size);

        var current = filled - 1;
        var (ci, cj) = current >= 0 ? (current / outW, current % outW) : (-1, -1);

        canvas.PlotText(Slide7Texts.AnimationInput(h, w).For(lang), inputLeft + cell * w / 2, top - 12 * u, label, LessonColors.Black, align: SKTextAlign.Center);
        canvas.PlotText(Slide7Texts.AnimationKernel(k).For(lang), kernelLeft + cell * k / 2, kernelTop - 12 * u, label, LessonColors.Black, align: SKTextAlign.Center);
        canvas.PlotText(Slide7Texts.AnimationOutput(outH, outW).For(lang), outputLeft + cell * outW / 2, outputTop - 12 * u, label, LessonColors.Black, align: SKTextAlign.Center);

        var numberSize = cell * 0.30f;
        for (var i = 0; i < h; i++)
        {
            for (var j = 0; j < w; j++)
            {
                var v = Math.Clamp(data.Input[i, j], 0, 1);
                var grey = (byte)Math.Round(v * 255);
                var rect = Cell(inputLeft, top, cell, i, j);
                Fill(c, rect, new SKColor(grey, grey, grey));
                canvas.PlotText(NumberText.Fixed(data.Input[i, j], 2, lang), rect.MidX, rect.MidY + numberSize * 0.35f, numberSize,
                    v > 0.55 ? LessonColors.Black : Colors.White, align: SKTextAlign.Center);
            }
        }
        var kernelScale = MaxAbs(data.Kernel);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var rect = Cell(kernelLeft, kernelTop, cell, i, j);
                Fill(c, rect, Diverging(data.Kernel[i, j], kernelScale));
                Outline(c, rect, SKColors.Gray, 1);
                canvas.PlotText(NumberText.Plain(data.Kernel[i, j], lang, 2), rect.MidX, rect.MidY + numberSize * 0.35f, numberSize * 1.2f,
                    LessonColors.Black, bold: true, align: SKTextAlign.Center);
            }
        }
        var outputScale = MaxAbs(data.Output);
        for (var i = 0; i < outH; i++)
        {
            for (var j = 0; j < outW; j++)
            {
                var rect = Cell(outputLeft, outputTop, cell, i, j);
                if (i * outW + j < filled)
                {
                    Fill(c, rect, Diverging(data.Output[i, j], outputScale));
                    canvas.PlotText(NumberText.Fixed(data.Output[i, j], 2, lang), rect.MidX, rect.MidY + numberSize * 0.35f, numberSize,
                        LessonColors.Black, align: SKTextAlign.Center);
                }
                Outline(c, rect, SKColors.LightGray, 1);
            }
        }

        var formulaY = size.Height - 70 * u;
        canvas.PlotText("y[i, j] = Σᵤ Σᵥ w[u, v] · x[i·s + u, j·s + v]", size.Width / 2f, formulaY, label * 1.1f, LessonColors.Black, align: SKTextAlign.Center);
        if (current >= 0)
        {
            // The window of the current output cell, on the input and on the output.
            var window = new SKRect(inputLeft + cj * s * cell, top + ci * s * cell, inputLeft + (cj * s + k) * cell, top + (ci * s + k) * cell);
            Outline(c, window, SlideCanvas.ToSk(LessonColors.Vermillion), 5 * u);
            Outline(c, Cell(outputLeft, outputTop, cell, ci, cj), SlideCanvas.ToSk(LessonColors.Vermillion), 5 * u);
            var products = new List<string>();
            for (var a = 0; a < k && products.Count < 3; a++)
            {
                for (var b = 0; b < k && products.Count < 3; b++)
                {
                    products.Add($"{Signed(data.Kernel[a, b], lang)}·{NumberText.Fixed(data.Input[ci * s + a, cj * s + b], 2, lang)}");
                }
            }
            var line = $"y[{ci}, {cj}] = {string.Join(" + ", products)} + … = {NumberText.Fixed(data.Output[ci, cj], 2, lang)}";
            canvas.PlotTextFitted(line, size.Width / 2f, formulaY + 42 * u, label, size.Width - 40 * u,
                LessonColors.Vermillion, bold: true, align: SKTextAlign.Center);
        }
    }

    /// <summary>
    /// Where the grids go: the input gets the most room, the kernel and output use the same cell size, all three centred
    /// side by side under the heading. Returns the input's top, the cell side and each grid's top-left corner (pixels).
    /// </summary>
    private static (float Top, float Cell, float InputLeft, float KernelLeft, float KernelTop, float OutputLeft, float OutputTop) Layout(
        ConvolutionAnimationData data, FigureSize size)
    {
        var (h, w, k) = (data.Input.GetLength(0), data.Input.GetLength(1), data.KernelSize);
        var (outH, outW) = (data.Output.GetLength(0), data.Output.GetLength(1));
        var u = (float)FigureTheme.TextBasis(size) / 540f;
        var top = 100 * u;
        var gridHeight = size.Height - top - 120 * u;
        var cell = MathF.Min(gridHeight / Math.Max(h, w), size.Width * 0.40f / w);
        var gap = 60 * u;
        var total = cell * (w + k + outW) + 2 * gap;
        var inputLeft = (size.Width - total) / 2;
        var kernelLeft = inputLeft + cell * w + gap;
        var outputLeft = kernelLeft + cell * k + gap;
        return (top, cell, inputLeft, kernelLeft, top + (cell * h - cell * k) / 2, outputLeft, top + (cell * h - cell * outH) / 2);
    }

    /// <summary>The pixel rectangle of output cell y[i, j] in every frame (tests sample its colour).</summary>
    public static SKRect OutputCell(ConvolutionAnimationData data, FigureSize size, int i, int j)
    {
        var layout = Layout(data, size);
        return Cell(layout.OutputLeft, layout.OutputTop, layout.Cell, i, j);
    }

    private static string Signed(double value, Lang lang) =>
        value < 0 ? $"({NumberText.Plain(value, lang, 2)})" : NumberText.Plain(value, lang, 2);

    private static SKRect Cell(float left, float top, float cell, int i, int j) =>
        new(left + j * cell, top + i * cell, left + (j + 1) * cell, top + (i + 1) * cell);

    private static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }

    private static void Outline(SKCanvas canvas, SKRect rect, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        canvas.DrawRect(rect, paint);
    }

    /// <summary>Negative → blue, 0 → white, positive → vermillion, saturating at ±<paramref name="scale"/> (to 70 % strength, so numbers stay readable).</summary>
    private static SKColor Diverging(double value, double scale)
    {
        var amount = scale > 0 ? Math.Clamp(Math.Abs(value) / scale, 0, 1) * 0.7 : 0;
        var target = value < 0 ? LessonColors.Blue : LessonColors.Vermillion;
        byte Mix(byte to) => (byte)Math.Round(255 + (to - 255) * amount);
        return new SKColor(Mix(target.R), Mix(target.G), Mix(target.B));
    }

    private static double MaxAbs(double[,] values)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }
        return max;
    }
}
