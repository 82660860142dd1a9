namespace NnLesson.Figures.Slide8;

/// <summary>
/// The normalised input tensor seen channel by channel. Tensor: [1, 3, H, W] NCHW float32 with
/// x = (v/255 − mean[c]) / std[c]; channel c (R, G, B) is the H·W block starting at c·H·W.
/// Min and max are measured on this very tensor, so the figure and the report show what the network gets.
/// </summary>
public sealed class NormalizedChannels
{
    public NormalizedChannels(float[] tensor, int height, int width)
    {
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

    public static readonly IReadOnlyList<string> ChannelNames = ["R", "G", "B"];

    public float[] Tensor { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>Per channel (R, G, B): the smallest and largest normalised value.</summary>
    public float[] Min { get; }

    public float[] Max { get; }

    /// <summary>Channel c as [H, W] row-major.</summary>
    public ReadOnlySpan<float> Map(int channel) => Tensor.AsSpan(channel * Height * Width, Height * Width);

    /// <summary>The symmetric colour limit shared by the three maps: max |x| over the whole tensor.</summary>
    public float Limit => Math.Max(Max.Max(), -Min.Min());
}
