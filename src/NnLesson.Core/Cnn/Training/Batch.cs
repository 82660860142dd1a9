namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// A mini-batch of feature maps in double precision, x: [N, C, H, W] row-major:
/// x[n, c, i, j] = Data[((n·C + c)·H + i)·W + j]. A batch of vectors (after Flatten or Dense) is [N, F, 1, 1].
/// The readable training path and the gradient check work in double, so a central difference with h = 1e−5
/// is not drowned by float rounding.
/// </summary>
public sealed class Batch
{
    public Batch(int count, int channels, int height, int width, double[]? data = null)
    {
        if (count <= 0 || channels <= 0 || height <= 0 || width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Shape [{count}, {channels}, {height}, {width}] has an empty dimension.");
        }
        data ??= new double[count * channels * height * width];
        if (data.Length != (long)count * channels * height * width)
        {
            throw new ArgumentException($"{data.Length} values do not fill [{count}, {channels}, {height}, {width}].", nameof(data));
        }
        (Count, Channels, Height, Width, Data) = (count, channels, height, width, data);
    }

    public int Count { get; }

    public int Channels { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>The values, [N, C, H, W] row-major.</summary>
    public double[] Data { get; }

    /// <summary>C·H·W: the values of one sample.</summary>
    public int SampleSize => Channels * Height * Width;

    public double this[int n, int c, int i, int j]
    {
        get => Data[((n * Channels + c) * Height + i) * Width + j];
        set => Data[((n * Channels + c) * Height + i) * Width + j] = value;
    }

    public TensorShape Shape => new(Channels, Height, Width);

    /// <summary>"[64, 8, 28, 28]".</summary>
    public string ShapeText => $"[{Count}, {Channels}, {Height}, {Width}]";

    public static Batch ZerosLike(Batch x) => new(x.Count, x.Channels, x.Height, x.Width);
}

/// <summary>The shape of one sample, [C, H, W] (a vector of F values is [F, 1, 1]).</summary>
public readonly record struct TensorShape(int Channels, int Height, int Width)
{
    public int Size => Channels * Height * Width;

    public override string ToString() => Height == 1 && Width == 1 ? $"[{Channels}]" : $"[{Channels}, {Height}, {Width}]";
}
