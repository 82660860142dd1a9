namespace NnLesson.Core.Transfer;

/// <summary>
/// A seeded train/validation split that keeps every class's share: within each class the samples are
/// shuffled (Fisher–Yates with <c>new Random(seed)</c>) and the first round(f·n_c) go to validation —
/// at least one, and at least one left for training, whenever the class has two or more samples.
/// The same labels, fraction and seed always give the same split.
/// </summary>
public static class StratifiedSplit
{
    /// <param name="labels">Class of each sample: [N].</param>
    /// <returns>Sample indices, each list in increasing order.</returns>
    public static (int[] Train, int[] Validation) Split(IReadOnlyList<int> labels, double validationFraction, int seed)
    {
        if (!(validationFraction > 0 && validationFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction, "The validation fraction must be between 0 and 1.");
        }
        var random = new Random(seed);
        var train = new List<int>();
        var validation = new List<int>();
        foreach (var cls in labels.Distinct().Order())
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == cls).ToArray();
            for (var i = members.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }
            var count = members.Length < 2 ? 0 : Math.Clamp((int)Math.Round(validationFraction * members.Length), 1, members.Length - 1);
            validation.AddRange(members[..count]);
            train.AddRange(members[count..]);
        }
        return ([.. train.Order()], [.. validation.Order()]);
    }
}
