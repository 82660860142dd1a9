namespace NnLesson.Language;

/// <summary>Ukrainian nouns agree with the number before them: "1 епоха", "3 епохи", "5 епох", "11 епох", "21 епоха".</summary>
public static class UkrainianPlural
{
    /// <summary>
    /// The noun form after <paramref name="n"/>: <paramref name="one"/> for 1, 21, 31 …, <paramref name="few"/>
    /// for 2–4, 22–24 …, <paramref name="many"/> for 0, 5–20, 25–30 … (11–14 always take "many").
    /// </summary>
    public static string Form(long n, string one, string few, string many)
    {
        var lastTwo = Math.Abs(n) % 100;
        if (lastTwo is >= 11 and <= 14)
        {
            return many;
        }
        return (lastTwo % 10) switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
