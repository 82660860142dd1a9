namespace NnLesson.Vision.Inspection;

/// <summary>
/// Which feature maps to show when there is room for a few of many: the channels whose values vary most
/// over the image (largest variance). A map that is almost constant for this photo tells the audience
/// nothing; a varied one shows what the filter responds to (edges, colours, textures).
/// </summary>
public static class FeatureMapSelection
{
    /// <summary>Up to <paramref name="count"/> channel indices, largest variance first (ties: lower index first).</summary>
    public static int[] MostVaried(FeatureMaps maps, int count) =>
        Enumerable.Range(0, maps.Channels)
            .Select(c => (Channel: c, Variance: Variance(maps.Map(c))))
            .OrderByDescending(x => x.Variance)
            .ThenBy(x => x.Channel)
            .Take(count)
            .Select(x => x.Channel)
            .ToArray();

    /// <summary>The smallest and largest value over the maps <paramref name="channels"/>: one colour scale for all of them.</summary>
    public static (float Min, float Max) Range(FeatureMaps maps, IEnumerable<int> channels)
    {
        var (min, max) = (float.PositiveInfinity, float.NegativeInfinity);
        foreach (var c in channels)
        {
            foreach (var v in maps.Map(c))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        return (min, max);
    }

    /// <summary>Population variance Σ(v − mean)² / n, in double to avoid float cancellation.</summary>
    public static double Variance(ReadOnlySpan<float> values)
    {
        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            sum += v;
        }
        var mean = sum / values.Length;
        foreach (var v in values)
        {
            sumSquares += (v - mean) * (v - mean);
        }
        return sumSquares / values.Length;
    }
}
