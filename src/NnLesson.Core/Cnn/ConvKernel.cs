namespace NnLesson.Core.Cnn;

/// <summary>
/// The parameters of a 2-D convolution: weights w: [outC, inC, kH, kW] row-major and bias b: [outC].
/// </summary>
public sealed record ConvKernel
{
    public ConvKernel(int outChannels, int inChannels, int height, int width, float[] weights, float[]? bias = null)
    {
        if ((long)outChannels * inChannels * height * width != weights.Length)
        {
            throw new ArgumentException($"{weights.Length} weights do not fill [{outChannels}, {inChannels}, {height}, {width}].", nameof(weights));
        }
        bias ??= new float[outChannels];
        if (bias.Length != outChannels)
        {
            throw new ArgumentException($"Bias has {bias.Length} values for {outChannels} output channels.", nameof(bias));
        }
        OutChannels = outChannels;
        InChannels = inChannels;
        Height = height;
        Width = width;
        Weights = weights;
        Bias = bias;
    }

    public int OutChannels { get; }

    public int InChannels { get; }

    public int Height { get; }

    public int Width { get; }

    /// <summary>w: [outC, inC, kH, kW] row-major.</summary>
    public float[] Weights { get; }

    /// <summary>b: [outC].</summary>
    public float[] Bias { get; }

    /// <summary>inC·kH·kW: the length of one filter, the K of the convolution-as-matrix-product.</summary>
    public int FilterLength => InChannels * Height * Width;

    public float Weight(int o, int c, int u, int v) => Weights[((o * InChannels + c) * Height + u) * Width + v];

    /// <summary>Shape text "[64, 3, 7, 7]".</summary>
    public string ShapeText => $"[{OutChannels}, {InChannels}, {Height}, {Width}]";
}
