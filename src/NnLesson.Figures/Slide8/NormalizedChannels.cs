namespace NnLesson.Figures.Slide8;

/// <summary>
/// A network's input tensor seen channel by channel. Tensor: [1, 3, H, W] NCHW float32, channel c is the H·W block
/// starting at c·H·W: for ImageNet classifiers x = (v/255 − mean[c]) / std[c] with channels R, G, B; for the lecture's
/// ResNet-18 x = v − M[c, y, x] with channels B, G, R (<see cref="Names"/>).
/// Min and max are measured on this very tensor, so the figure and the report show what the network gets.
/// </summary>
public sealed class NormalizedChannels
{
    public NormalizedChannels(float[] tensor, int height, int width, IReadOnlyList<string>? names = null)
    {
        Names = names ?? Rgb;
        if (tensor.Length != 3 * height * width)
        {
            throw new ArgumentException($"Expected a [1, 3, {height}, {width}] tensor ({3 * height * width} values), got {tensor.Length}.", nameof(tensor));
        }
        Tensor = tensor;
        Height = height;
        Width = width;
        Min = new float[3];
        Max = new float[3];
        for (var c = 0; c < 3; c++)
        {
            var map = Map(c);
            Min[c] = float.PositiveInfinity;
            Max[c] = float.NegativeInfinity;
            foreach (var v in map)
            {
                Min[c] = Math.Min(Min[c], v);
                Max[c] = Math.Max(Max[c], v);
            }
        }
    }

    /// <summary>Channel order of torchvision-style ImageNet input.</summary>
    public static readonly IReadOnlyList<string> Rgb = ["R", "G", "B"];

    /// <summary>Channel order of the Caffe/CNTK-style ResNet-18 input.</summary>
    public static readonly IReadOnlyList<string> Bgr = ["B", "G", "R"];

    /// <summary>The name of each channel, in tensor order.</summary>
    public IReadOnlyList<string> Names { get; }

    public float[] Tensor { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>Per channel (in <see cref="Names"/> order): the smallest and largest normalised value.</summary>
    public float[] Min { get; }

    public float[] Max { get; }

    /// <summary>Channel c as [H, W] row-major.</summary>
    public ReadOnlySpan<float> Map(int channel) => Tensor.AsSpan(channel * Height * Width, Height * Width);

    /// <summary>The symmetric colour limit shared by the three maps: max |x| over the whole tensor.</summary>
    public float Limit => Math.Max(Max.Max(), -Min.Min());
}
