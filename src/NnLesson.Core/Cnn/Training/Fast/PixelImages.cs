namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// Grey images kept as bytes (60 000 Fashion-MNIST images: 47 MB as bytes, 188 MB as floats) and normalised only
/// when a sample enters the network: x = (pixel / 255 − mean) / std, images: [count, H, W] row-major, labels: [count].
/// </summary>
public sealed record PixelImages(byte[] Pixels, int[] Labels, int Height, int Width)
{
    public int Count => Labels.Length;

    public int SampleSize => Height * Width;

    /// <summary>The mean and standard deviation of every pixel / 255 (computed on the training set, used for both sets).</summary>
    public (float Mean, float Std) PixelStatistics()
    {
        double sum = 0, squares = 0;
        foreach (var p in Pixels)
        {
            var v = p / 255.0;
            sum += v;
            squares += v * v;
        }
        var mean = sum / Pixels.Length;
        var std = Math.Sqrt(Math.Max(squares / Pixels.Length - mean * mean, 1e-12));
        return ((float)mean, (float)std);
    }

    /// <summary>Sample <paramref name="index"/> normalised into <paramref name="destination"/> ([H·W]).</summary>
    public void Normalise(int index, float mean, float std, Span<float> destination)
    {
        var source = Pixels.AsSpan(index * SampleSize, SampleSize);
        var scale = 1f / (255f * std);
        var shift = mean / std;
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = source[i] * scale - shift;
        }
    }

    /// <summary>The first <paramref name="count"/> images (the `--limit` of the slide).</summary>
    public PixelImages Take(int count) => count >= Count ? this
        : new PixelImages(Pixels.AsSpan(0, count * SampleSize).ToArray(), Labels.AsSpan(0, count).ToArray(), Height, Width);
}
