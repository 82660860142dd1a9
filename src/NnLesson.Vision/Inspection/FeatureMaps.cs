namespace NnLesson.Vision.Inspection;

/// <summary>How the numbers of a <see cref="FeatureMaps"/> relate to what the network computed.</summary>
public enum FeatureValueKind
{
    /// <summary>The float32 values the network computed.</summary>
    Float,

    /// <summary>8-bit codes q turned into real values r = (q − zero_point) · scale with the layer's own parameters.</summary>
    Dequantized,

    /// <summary>8-bit codes as stored, because the layer's scale and zero point are not constants of the graph.</summary>
    RawCodes,
}

/// <summary>
/// The activations of one layer for one image: Values: [Channels, Height, Width] row-major, map c starts at
/// c·Height·Width. <see cref="TensorShape"/> is the shape ONNX Runtime reported, e.g. [1, 32, 112, 112];
/// <see cref="ElementType"/> the tensor's own type ("float32", "uint8" or "int8") before any dequantisation.
/// </summary>
public sealed record FeatureMaps(
    FeatureTap Tap,
    IReadOnlyList<long> TensorShape,
    string ElementType,
    FeatureValueKind Kind,
    int Channels,
    int Height,
    int Width,
    float[] Values)
{
    /// <summary>"[1, 32, 112, 112]".</summary>
    public string ShapeText => $"[{string.Join(", ", TensorShape)}]";

    /// <summary>Map <paramref name="channel"/>: [Height, Width] row-major.</summary>
    public ReadOnlySpan<float> Map(int channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, Channels);
        return Values.AsSpan(channel * Height * Width, Height * Width);
    }

    public float Min => Values.Min();

    public float Max => Values.Max();
}
