namespace NnLesson.Vision.Preprocessing;

/// <summary>
/// <see cref="BilinearResize.Taps"/> for one axis, flattened into plain arrays for the fast resize:
/// output pixel o reads input pixels <c>First[o] .. First[o] + Count[o] − 1</c> with weights
/// <c>Weights[o·MaxTaps + k]</c> (k &lt; Count[o]; float, summing to 1). Layout of Weights: [outSize, MaxTaps].
/// </summary>
/// <remarks>
/// Computed once per resize from the same formula as the reference (tent filter, antialiased when shrinking),
/// so both resizes weigh exactly the same input pixels; only the arithmetic (float, not double) differs.
/// </remarks>
internal sealed class ResampleWeights
{
    private ResampleWeights(int[] first, int[] count, float[] weights, int maxTaps)
    {
        First = first;
        Count = count;
        Weights = weights;
        MaxTaps = maxTaps;
    }

    /// <summary>First input pixel of each output pixel: [outSize].</summary>
    public int[] First { get; }

    /// <summary>Number of input pixels (taps) of each output pixel: [outSize].</summary>
    public int[] Count { get; }

    /// <summary>Normalised tent weights: [outSize, MaxTaps], row o used up to Count[o], the rest zero.</summary>
    public float[] Weights { get; }

    /// <summary>The widest tap: 2 when enlarging, about 2·in/out + 1 when shrinking with antialiasing.</summary>
    public int MaxTaps { get; }

    /// <summary>Weights of output pixel <paramref name="o"/>: Count[o] floats.</summary>
    public ReadOnlySpan<float> Of(int o) => Weights.AsSpan(o * MaxTaps, Count[o]);

    /// <summary>
    /// Throws unless a [height, width, 3] byte image fits one array: the size arithmetic is done in long, so a huge
    /// request is refused by name instead of wrapping around int into an OverflowException or a negative length.
    /// </summary>
    public static void CheckOutputSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if ((long)width * height * 3 > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"A {width}×{height} RGB image ({(long)width * height * 3:N0} bytes) does not fit in one array.");
        }
    }

    /// <summary>Weights for resampling an axis of <paramref name="inSize"/> pixels to <paramref name="outSize"/>.</summary>
    public static ResampleWeights Create(int inSize, int outSize, bool antialias)
    {
        var taps = BilinearResize.Taps(inSize, outSize, antialias);
        var maxTaps = taps.Max(t => t.Weights.Length);
        var first = new int[outSize];
        var count = new int[outSize];
        var weights = new float[outSize * maxTaps];
        for (var o = 0; o < outSize; o++)
        {
            first[o] = taps[o].First;
            count[o] = taps[o].Weights.Length;
            // The fast resize reads without bounds checks, relying on this (the reference formula clamps to the axis).
            if (first[o] < 0 || count[o] < 1 || first[o] + count[o] > inSize)
            {
                throw new InvalidOperationException($"Tap {o} reads pixels {first[o]}..{first[o] + count[o] - 1} of an axis of {inSize}.");
            }
            for (var k = 0; k < count[o]; k++)
            {
                weights[o * maxTaps + k] = (float)taps[o].Weights[k];
            }
        }
        return new ResampleWeights(first, count, weights, maxTaps);
    }
}
