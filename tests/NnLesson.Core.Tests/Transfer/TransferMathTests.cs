using NnLesson.Core.Cnn;
using NnLesson.Core.Transfer;

namespace NnLesson.Core.Tests.Transfer;

public class TransferMathTests
{
    [Fact]
    public void Pca_recovers_a_known_decomposition()
    {
        // x_i = 3·a_i·v1 + 1·b_i·v2 + 0.3·c_i·v3 with v orthonormal and a, b, c orthogonal zero-mean ±1 sequences
        // (rows of an 8×8 Hadamard matrix), so C = Σ s_j²·(8/7)·v_j·v_jᵀ exactly: variances 9·8/7, 8/7, 0.09·8/7.
        double[] a = [1, -1, 1, -1, 1, -1, 1, -1], b = [1, 1, -1, -1, 1, 1, -1, -1], c = [1, -1, -1, 1, 1, -1, -1, 1];
        var r = 1 / Math.Sqrt(2);
        var s = 1 / Math.Sqrt(6);
        var t = 1 / Math.Sqrt(3);
        double[] v1 = [r, -r, 0, 0], v2 = [s, s, -2 * s, 0], v3 = [t, t, t, 0];
        var x = Enumerable.Range(0, 8).Select(i => Enumerable.Range(0, 4)
            .Select(j => 5 + 3 * a[i] * v1[j] + b[i] * v2[j] + 0.3 * c[i] * v3[j]).ToArray()).ToArray();

        var pca = PowerIterationPca.Fit(x, 2, seed: 7);

        Tolerance.AllClose(pca.Variances, [9 * 8 / 7.0, 8 / 7.0], 1e-9, 1e-9, "variances");
        Tolerance.Close(pca.TotalVariance, (9 + 1 + 0.09) * 8 / 7.0, 1e-9, 1e-9, "trace");
        // Signs are fixed so the largest |entry| is positive: v1 has a tie, so compare |cosine| = 1.
        Tolerance.Close(Math.Abs(v1.Zip(pca.Components[0], (p, q) => p * q).Sum()), 1, 1e-8, 0, "|v1 · pc1|");
        Tolerance.AllClose(pca.Components[1], [-s, -s, 2 * s, 0], 1e-8, 0, "pc2 (largest entry positive)");
        Tolerance.AllClose(pca.Project(x[0]), [3 * a[0] * Dot(v1, pca.Components[0]), -b[0]], 1e-8, 0, "projection");
    }

    [Fact]
    public void The_split_is_seeded_stratified_and_leaves_every_class_in_both_parts()
    {
        int[] labels = [.. Enumerable.Repeat(0, 50), .. Enumerable.Repeat(1, 30), .. Enumerable.Repeat(2, 2)];
        var first = StratifiedSplit.Split(labels, 0.2, seed: 42);
        var again = StratifiedSplit.Split(labels, 0.2, seed: 42);
        var other = StratifiedSplit.Split(labels, 0.2, seed: 43);

        Assert.Equal(first.Train, again.Train);
        Assert.Equal(first.Validation, again.Validation);
        Assert.NotEqual(first.Validation, other.Validation);
        Assert.Equal([10, 6, 1], [.. Enumerable.Range(0, 3).Select(k => first.Validation.Count(i => labels[i] == k))]);
        Assert.Equal(Enumerable.Range(0, labels.Length), first.Train.Concat(first.Validation).Order());
    }

    [Fact]
    public void The_class_activation_map_is_the_weighted_sum_of_the_maps()
    {
        // A: [2, 2, 2], w: [2] → M = 2·A_0 − 1·A_1.
        float[] maps = [1, 2, 3, 4, 10, 0, 0, 10];
        Assert.Equal([-8f, 4, 6, -2], ClassActivationMap.Compute(maps, 2, 2, 2, [2f, -1f]));
        Assert.Throws<ArgumentException>(() => ClassActivationMap.Compute(maps, 2, 2, 2, [1f]));
    }

    [Fact]
    public void With_the_standardisation_folded_in_the_map_averages_to_the_logit()
    {
        // f_k = mean of A_k (global average pooling); z_c = head(f); mean(M_c) + b'_c must equal z_c.
        var random = new Random(5);
        const int k = 16, h = 7, w = 7;
        var maps = Enumerable.Range(0, k * h * w).Select(_ => (float)(random.NextDouble() * 3)).ToArray();
        var features = Enumerable.Range(0, k).Select(c => maps.Skip(c * h * w).Take(h * w).Average()).ToArray();
        var standardizer = new FeatureStandardizer([.. Enumerable.Range(0, k).Select(_ => random.NextDouble() * 0.1)], [.. Enumerable.Range(0, k).Select(_ => 0.05 + random.NextDouble())]);
        var head = SoftmaxHead.Initial(3, k, random);
        for (var i = 0; i < head.W.Length; i++)
        {
            head.W[i] = random.NextDouble() - 0.5;
        }
        head.B[1] = 0.7;
        var trained = new TrainedHead(["a", "b", "c"], standardizer, head);
        var logits = head.Logits(trained.Prepare(features));
        for (var c = 0; c < 3; c++)
        {
            var (weights, bias) = trained.FoldedClassWeights(c, features);
            var map = ClassActivationMap.Compute(maps, k, h, w, weights);
            Tolerance.Close(map.Average() + bias, logits[c], 1e-5, 1e-5, $"class {c}");
        }
    }

    private static double Dot(double[] p, double[] q) => p.Zip(q, (x, y) => x * y).Sum();
}
