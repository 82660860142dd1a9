namespace NnLesson.Core.Cnn;

/// <summary>
/// A stack of feature maps, x: [C, H, W], stored row-major: x[c, i, j] = Data[(c·H + i)·W + j].
/// One image at a time (batch 1), which is what a lecture demo runs; a vector (after Flatten or Gemm)
/// is a tensor of shape [N, 1, 1].
/// </summary>
public sealed class ChwTensor
{
    public ChwTensor(int channels, int height, int width, float[] data)
    {
        if (channels <= 0 || height <= 0 || width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), $"Shape [{channels}, {height}, {width}] has an empty dimension.");
        }
        if (data.Length != (long)channels * height * width)
        {
            throw new ArgumentException($"{data.Length} values do not fill the shape [{channels}, {height}, {width}].", nameof(data));
        }
        Channels = channels;
        Height = height;
        Width = width;
        Data = data;
    }

    public int Channels { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>The values, [C, H, W] row-major.</summary>
    public float[] Data { get; }

    /// <summary>H·W, the size of one feature map.</summary>
    public int PlaneSize => Height * Width;

    public float this[int c, int i, int j]
    {
        get => Data[(c * Height + i) * Width + j];
        set => Data[(c * Height + i) * Width + j] = value;
    }

    /// <summary>The shape as a person reads it: "[64, 112, 112]".</summary>
    public string ShapeText => $"[{Channels}, {Height}, {Width}]";

    public bool SameShape(ChwTensor other) => Channels == other.Channels && Height == other.Height && Width == other.Width;

    public static ChwTensor Zeros(int channels, int height, int width) => new(channels, height, width, new float[channels * height * width]);

    /// <summary>A vector [N] as the tensor [N, 1, 1].</summary>
    public static ChwTensor Vector(float[] values) => new(values.Length, 1, 1, values);

    /// <summary>One feature map, [H, W] row-major (a copy).</summary>
    public float[] Plane(int channel) => Data.AsSpan(channel * PlaneSize, PlaneSize).ToArray();
}
