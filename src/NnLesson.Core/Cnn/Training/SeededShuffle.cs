namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// The order in which one epoch visits the training samples: a Fisher–Yates shuffle of 0 … n−1 from a seeded
/// <see cref="Random"/> (for i from n−1 down to 1, swap item i with a uniformly chosen item j ≤ i: every one of the
/// n! orders equally likely). Same seed, same orders, same training run.
/// </summary>
public static class SeededShuffle
{
    public static int[] Permutation(int count, Random random)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
