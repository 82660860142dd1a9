using NnLesson.Core.Cnn;
using NnLesson.Figures.Slide7;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Tests.Animation;
using NnLesson.Vision.Images;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Tests.Slide7;

/// <summary>
/// slide7_convolution.gif: its numbers are Core's Conv2d (the one convolution of the project), its window is the one the
/// documented rule picks, and every output cell of its last frame is coloured by the sign of Conv2d's value.
/// </summary>
public class ConvolutionAnimationTests
{
    private static readonly FigureSize Size = new(960, 540);

    /// <summary>The sample photo's 224×224 crop as slide 7 takes it, in brightness x: [1, 224, 224].</summary>
    private static ChwTensor SampleBrightness()
    {
        var photo = ImageLoader.Load(Path.Combine(RepoPaths.Root, "data", "sample.jpg"));
        return ConvolutionExample.Brightness(ImageNetPreprocessing.CenterCrop(
            ImageNetPreprocessing.ResizeShorterSideTo(photo, ImageNetPreprocessing.ResizeShorterSide), ImageNetPreprocessing.CropSize));
    }

    /// <summary>y[i, j] = Σ_u Σ_v w[u, v] · x[i + u, j + v], written here on its own so the test does not trust Conv2d alone.</summary>
    private static double HandConvolution(double[,] x, double[,] w, int i, int j)
    {
        var sum = 0.0;
        for (var u = 0; u < w.GetLength(0); u++)
        {
            for (var v = 0; v < w.GetLength(1); v++)
            {
                sum += w[u, v] * x[i + u, j + v];
            }
        }
        return sum;
    }

    [Fact]
    public void The_animation_numbers_are_conv2d_of_its_input_and_agree_with_the_formula_by_hand()
    {
        var data = ConvolutionExample.Animation(SampleBrightness());
        data.Validate();

        var input = new ChwTensor(1, 8, 8, [.. data.Input.Cast<double>().Select(v => (float)v)]);
        var conv2d = Conv2d.Forward(input, ConvolutionExample.EdgeKernel, 1, Padding2d.None); // [1, 6, 6]

        Assert.Equal((6, 6), (data.Output.GetLength(0), data.Output.GetLength(1)));
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 6; j++)
            {
                Assert.Equal(conv2d[0, i, j], data.Output[i, j]); // exactly: the record holds Conv2d's floats
                Assert.Equal(HandConvolution(data.Input, data.Kernel, i, j), data.Output[i, j], 5);
            }
        }
        Assert.Equal(new double[,] { { -1, 0, 1 }, { -2, 0, 2 }, { -1, 0, 1 } }, data.Kernel);
    }

    [Fact]
    public void The_window_is_the_one_with_the_widest_output_range_and_its_cells_are_block_means()
    {
        var brightness = SampleBrightness();
        var data = ConvolutionExample.Animation(brightness);

        // Brute force over the same 8-pixel grid, with the hand-written formula.
        var widest = double.NegativeInfinity;
        (int, int) best = (-1, -1);
        for (var top = 0; top + 96 <= 224; top += 8)
        {
            for (var left = 0; left + 96 <= 224; left += 8)
            {
                var x = ConvolutionExample.Grid(ConvolutionExample.CellMeans(brightness, left, top));
                var ys = Enumerable.Range(0, 36).Select(n => HandConvolution(x, data.Kernel, n / 6, n % 6)).ToList();
                if (ys.Max() - ys.Min() > widest + 1e-6)
                {
                    (widest, best) = (ys.Max() - ys.Min(), (left, top));
                }
            }
        }
        Assert.Equal(best, (data.WindowLeft, data.WindowTop));
        // Cell (2, 5) is the mean of its 12×12 pixels.
        var mean = Enumerable.Range(0, 144).Average(p => brightness[0, data.WindowTop + 24 + p / 12, data.WindowLeft + 60 + p % 12]);
        Assert.Equal(mean, data.Input[2, 5], 5);
        Assert.True(data.Output.Cast<double>().Max() > 0.5 && data.Output.Cast<double>().Min() < -0.5, "the window should show edges of both signs");
    }

    [Fact]
    public void Every_frame_adds_one_cell_and_the_last_frame_colours_each_cell_by_the_sign_of_conv2d()
    {
        var data = ConvolutionExample.Animation(SampleBrightness());
        var path = Path.Combine(RepoPaths.NewTempFolder(), ConvolutionAnimationFigure.FileName);

        ConvolutionAnimationFigure.Save(data, Lang.Uk, Size, path);

        var frames = GifAssert.IsAnimation(path, 960, 540, 6 * 6 + 1);
        for (var k = 1; k < frames.Count; k++)
        {
            Assert.True(GifAssert.DifferentPixels(frames[k - 1], frames[k]) > 20, $"frame {k} looks like frame {k - 1}");
        }
        var scale = data.Output.Cast<double>().Max(Math.Abs);
        var checkedCells = 0;
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 6; j++)
            {
                var y = data.Output[i, j];
                if (Math.Abs(y) < 0.15 * scale)
                {
                    continue; // nearly white: its sign is not a colour a viewer can tell
                }
                // Off the number in the middle: a point 15 % in from the cell's top-left corner.
                var cell = ConvolutionAnimationFigure.OutputCell(data, Size, i, j);
                var p = frames[^1].GetPixel((int)(cell.Left + 0.15f * cell.Width), (int)(cell.Top + 0.15f * cell.Height));
                Assert.True(y > 0 ? p.Red > p.Blue + 10 : p.Blue > p.Red + 10, $"y[{i}, {j}] = {y:F3} drawn as {p}");
                // Before its frame the cell is empty (white).
                var before = frames[i * 6 + j].GetPixel((int)(cell.Left + 0.15f * cell.Width), (int)(cell.Top + 0.15f * cell.Height));
                Assert.True(before.Red > 245 && before.Green > 245 && before.Blue > 245, $"y[{i}, {j}] is filled before its frame: {before}");
                checkedCells++;
            }
        }
        Assert.True(checkedCells >= 12, $"only {checkedCells} cells strong enough to check");
        frames.ForEach(f => f.Dispose());
    }

    [Fact]
    public void Animation_data_with_shapes_that_do_not_fit_is_refused()
    {
        var kernel = ConvolutionExample.EdgeKernelGrid;
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[5, 5], kernel, 1, new double[2, 2], 0, 0, 12).Validate());
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[5, 5], new double[3, 2], 1, new double[3, 3], 0, 0, 12).Validate());
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[2, 2], kernel, 1, new double[1, 1], 0, 0, 12).Validate());
        new ConvolutionAnimationData(new double[5, 5], kernel, 2, new double[2, 2], 0, 0, 12).Validate();
    }

    [Fact]
    public void A_brightness_map_smaller_than_the_window_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ConvolutionExample.Animation(ChwTensor.Zeros(1, 64, 224)));
    }
}
