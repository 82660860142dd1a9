namespace NnLesson.Vision.Transfer;

/// <summary>
/// What the frozen backbone says about one photo. <c>Features</c>: [512], the global average of each of the
/// last feature maps (what the head learns from). <c>Maps</c>: [512, 7, 7] row-major, the last feature maps
/// A_k(y, x) at (k·7 + y)·7 + x (what the class activation map is made of).
/// </summary>
public sealed record BackboneFeatures(float[] Features, float[] Maps, int Channels, int Height, int Width)
{
    /// <summary>The map of channel k: [Height, Width].</summary>
    public ReadOnlySpan<float> Map(int k) => Maps.AsSpan(k * Height * Width, Height * Width);
}
