using NnLesson.Core.Cnn;
using NnLesson.Figures.Slide7;
using NnLesson.Vision.Images;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 7's convolution by hand and its animation, both from the photo's brightness and both computed by Core's
/// readable <see cref="Conv2d"/> (the loops that are the formula; deep-learning "convolution" is cross-correlation,
/// the kernel is not flipped). One kernel for the whole slide: Sobel's vertical-edge detector.
/// </summary>
internal static class ConvolutionExample
{
    /// <summary>
    /// Sobel's vertical-edge kernel w: [1, 1, 3, 3] = [[−1, 0, 1], [−2, 0, 2], [−1, 0, 1]]: right column minus left
    /// column, so y &gt; 0 where the image gets brighter to the right, y &lt; 0 where it gets darker, y ≈ 0 on flat areas.
    /// </summary>
    public static readonly ConvKernel EdgeKernel = new(1, 1, 3, 3, [-1, 0, 1, -2, 0, 2, -1, 0, 1]);

    /// <summary><see cref="EdgeKernel"/> as the [3, 3] grid the animation draws.</summary>
    public static double[,] EdgeKernelGrid => Grid(new ChwTensor(1, 3, 3, EdgeKernel.Weights));

    /// <summary>The animation's input: <see cref="Cells"/> × <see cref="Cells"/> cells, each the mean of <see cref="CellPixels"/>² pixels.</summary>
    public const int Cells = 8, CellPixels = 12;

    /// <summary>The animation's window is searched on this grid of the crop (pixels).</summary>
    public const int WindowStep = 8;

    /// <summary>The animation slides the kernel with stride 1 and no padding: [8, 8] → [6, 6].</summary>
    public const int AnimationStride = 1;

    /// <summary>x: [1, H, W] = (0.299·R + 0.587·G + 0.114·B) / 255 of <paramref name="crop"/> (ITU-R BT.601 luma), 0…1.</summary>
    public static ChwTensor Brightness(RgbImage crop)
    {
        var x = ChwTensor.Zeros(1, crop.Height, crop.Width);
        for (var i = 0; i < crop.Height; i++)
        {
            for (var j = 0; j < crop.Width; j++)
            {
                x[0, i, j] = (0.299f * crop[i, j, 0] + 0.587f * crop[i, j, 1] + 0.114f * crop[i, j, 2]) / 255f;
            }
        }
        return x;
    }

    /// <summary>
    /// The whole map y: [1, H, W] = Conv2d(x, w, stride 1, padding 1), and the position of the largest |y| away from
    /// the border (so its 3×3 patch lies inside the photo), with the patch and the value the figure spells out.
    /// </summary>
    public static ConvolutionByHandData ByHand(ChwTensor brightness, string photoName)
    {
        var y = Conv2d.Forward(brightness, EdgeKernel, 1, Padding2d.All(1)); // [1, H, W]
        var (row, col) = (1, 1);
        for (var i = 1; i < y.Height - 1; i++)
        {
            for (var j = 1; j < y.Width - 1; j++)
            {
                if (Math.Abs(y[0, i, j]) > Math.Abs(y[0, row, col]))
                {
                    (row, col) = (i, j);
                }
            }
        }
        var patch = new float[9]; // x[row − 1 … row + 1, col − 1 … col + 1], row-major
        for (var u = 0; u < 3; u++)
        {
            for (var v = 0; v < 3; v++)
            {
                patch[u * 3 + v] = brightness[0, row + u - 1, col + v - 1];
            }
        }
        return new ConvolutionByHandData(photoName, brightness.Data, y.Data, brightness.Width, EdgeKernel.Weights, row, col, patch, y[0, row, col]);
    }

    /// <summary>
    /// The animation's numbers: the window of the crop (on an 8-pixel grid) whose cells x: [1, 8, 8] give the widest
    /// range of y = Conv2d(x, w, stride 1, no padding): [1, 6, 6] — the strongest edges of both signs.
    /// </summary>
    public static ConvolutionAnimationData Animation(ChwTensor brightness)
    {
        var (left, top) = StrongestWindow(brightness);
        var x = CellMeans(brightness, left, top); // [1, 8, 8]
        var y = Conv2d.Forward(x, EdgeKernel, AnimationStride, Padding2d.None); // [1, 6, 6]
        return new ConvolutionAnimationData(Grid(x), EdgeKernelGrid, AnimationStride, Grid(y), left, top, CellPixels);
    }

    /// <summary>The top-left pixel of the window with the widest range max y − min y (ties: the first in reading order).</summary>
    public static (int Left, int Top) StrongestWindow(ChwTensor brightness)
    {
        var side = Cells * CellPixels;
        if (brightness.Width < side || brightness.Height < side)
        {
            throw new ArgumentException($"The brightness map {brightness.ShapeText} is smaller than the {side}×{side} window.", nameof(brightness));
        }
        var best = (Left: 0, Top: 0);
        var widest = float.NegativeInfinity;
        for (var top = 0; top + side <= brightness.Height; top += WindowStep)
        {
            for (var left = 0; left + side <= brightness.Width; left += WindowStep)
            {
                var y = Conv2d.Forward(CellMeans(brightness, left, top), EdgeKernel, AnimationStride, Padding2d.None);
                var range = y.Data.Max() - y.Data.Min();
                if (range > widest)
                {
                    (widest, best) = (range, (left, top));
                }
            }
        }
        return best;
    }

    /// <summary>x: [1, 8, 8], cell (i, j) the mean brightness of the 12×12 pixels at (top + 12·i, left + 12·j).</summary>
    public static ChwTensor CellMeans(ChwTensor brightness, int left, int top)
    {
        var cells = ChwTensor.Zeros(1, Cells, Cells);
        for (var i = 0; i < Cells; i++)
        {
            for (var j = 0; j < Cells; j++)
            {
                var sum = 0f;
                for (var py = top + i * CellPixels; py < top + (i + 1) * CellPixels; py++)
                {
                    for (var px = left + j * CellPixels; px < left + (j + 1) * CellPixels; px++)
                    {
                        sum += brightness[0, py, px];
                    }
                }
                cells[0, i, j] = sum / (CellPixels * CellPixels);
            }
        }
        return cells;
    }

    /// <summary>Channel 0 of a [1, H, W] tensor as the [H, W] grid the animation draws (float → double is exact).</summary>
    public static double[,] Grid(ChwTensor t)
    {
        var grid = new double[t.Height, t.Width];
        for (var i = 0; i < t.Height; i++)
        {
            for (var j = 0; j < t.Width; j++)
            {
                grid[i, j] = t[0, i, j];
            }
        }
        return grid;
    }
}
