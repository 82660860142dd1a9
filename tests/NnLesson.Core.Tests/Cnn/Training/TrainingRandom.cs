using NnLesson.Core.Cnn.Training;

namespace NnLesson.Core.Tests.Cnn.Training;

/// <summary>Seeded random batches and labels for the training tests.</summary>
internal static class TrainingRandom
{
    public static Batch Batch(Random random, int n, int c, int h, int w)
    {
        var x = new Batch(n, c, h, w);
        for (var i = 0; i < x.Data.Length; i++)
        {
            x.Data[i] = random.NextDouble() * 2 - 1;
        }
        return x;
    }

    public static double[] Values(Random random, int count, double scale = 1) =>
        Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();

    public static int[] Labels(Random random, int count, int classes) => Enumerable.Range(0, count).Select(_ => random.Next(classes)).ToArray();

    /// <summary>He-initialised weights with random (non-zero) biases, so bias gradients are tested in general position.</summary>
    public static CnnWeights Weights(CnnArchitecture architecture, int seed)
    {
        var weights = CnnWeights.HeInitialised(architecture, new Random(seed));
        var random = new Random(seed + 1);
        for (var t = 1; t < weights.Tensors.Count; t += 2)
        {
            for (var i = 0; i < weights.Tensors[t].Length; i++)
            {
                weights.Tensors[t][i] = (float)(random.NextDouble() * 0.2 - 0.1);
            }
        }
        return weights;
    }
}
