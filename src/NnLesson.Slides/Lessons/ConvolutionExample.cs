using NnLesson.Figures.Slide7;
using NnLesson.Vision.Images;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// The numbers of slide 7's convolution animation, worked out the plain way: a crop of the sample photo
/// in grey, a vertical-edge kernel, and the 2-D convolution written as its formula. (Deep-learning
/// "convolution" is cross-correlation: the kernel is not flipped.) Kept readable on purpose; the slide-7
/// engine's Conv2d computes the same y and can replace <see cref="Convolve2D"/> here.
/// </summary>
public static class ConvolutionExample
{
    /// <summary>Sobel's vertical-edge kernel w: [3, 3]: positive where the image gets brighter to the right.</summary>
    public static readonly double[,] VerticalEdgeKernel =
    {
        { -1, 0, 1 },
        { -2, 0, 2 },
        { -1, 0, 1 },
    };

    /// <summary>
    /// The crop of the sample photo (451×300, a cat), in pixels: of all 96×96 squares on an 8-pixel grid, the one whose
    /// 8×8 grey cells give this kernel the widest range of outputs (the strongest vertical edges).
    /// </summary>
    public const int CropLeft = 144, CropTop = 80, CropSide = 96;

    /// <summary>Grid cells per side of the input shown (each the mean of a (CropSide/8)² pixel block).</summary>
    public const int Cells = 8;

    public const int Stride = 1;

    /// <summary>Input, kernel, stride and output for the animation, from the photo at <paramref name="photoPath"/>.</summary>
    public static ConvolutionAnimationData FromPhoto(string photoPath)
    {
        var photo = ImageLoader.Load(photoPath);
        var input = GreyBlocks(photo, CropLeft, CropTop, CropSide, Cells);
        return new ConvolutionAnimationData(input, VerticalEdgeKernel, Stride, Convolve2D(input, VerticalEdgeKernel, Stride));
    }

    /// <summary>
    /// x: [cells, cells], each cell the mean grey of one block of the square crop, in 0…1.
    /// Grey = (0.299·R + 0.587·G + 0.114·B) / 255 (ITU-R BT.601 luma). The crop is moved inside the photo if it sticks out.
    /// </summary>
    public static double[,] GreyBlocks(RgbImage photo, int left, int top, int side, int cells)
    {
        side = Math.Min(side, Math.Min(photo.Width, photo.Height)) / cells * cells;
        if (side < cells)
        {
            throw new ArgumentException($"The photo ({photo.Width}×{photo.Height}) is too small for {cells}×{cells} cells.", nameof(photo));
        }
        left = Math.Clamp(left, 0, photo.Width - side);
        top = Math.Clamp(top, 0, photo.Height - side);
        var block = side / cells;
        var x = new double[cells, cells];
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < cells; j++)
            {
                var sum = 0.0;
                for (var py = top + i * block; py < top + (i + 1) * block; py++)
                {
                    for (var px = left + j * block; px < left + (j + 1) * block; px++)
                    {
                        sum += 0.299 * photo[py, px, 0] + 0.587 * photo[py, px, 1] + 0.114 * photo[py, px, 2];
                    }
                }
                x[i, j] = sum / (block * block) / 255.0;
            }
        }
        return x;
    }

    /// <summary>
    /// y[i, j] = Σ_u Σ_v w[u, v] · x[i·s + u, j·s + v] for x: [H, W], w: [k, k], no padding →
    /// y: [(H − k)/s + 1, (W − k)/s + 1]. Four loops, the formula as written.
    /// </summary>
    public static double[,] Convolve2D(double[,] x, double[,] w, int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var (h, width, k) = (x.GetLength(0), x.GetLength(1), w.GetLength(0));
        var y = new double[(h - k) / stride + 1, (width - k) / stride + 1];
        for (var i = 0; i < y.GetLength(0); i++)
        {
            for (var j = 0; j < y.GetLength(1); j++)
            {
                var sum = 0.0;
                for (var u = 0; u < k; u++)
                {
                    for (var v = 0; v < k; v++)
                    {
                        sum += w[u, v] * x[i * stride + u, j * stride + v];
                    }
                }
                y[i, j] = sum;
            }
        }
        return y;
    }
}
