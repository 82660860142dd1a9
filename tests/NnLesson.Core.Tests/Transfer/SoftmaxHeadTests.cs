using NnLesson.Core.Training;
using NnLesson.Core.Transfer;

namespace NnLesson.Core.Tests.Transfer;

public class SoftmaxHeadTests
{
    /// <summary>The tiny problem of softmax_head_reference.py: X [12, 4], three classes.</summary>
    internal static readonly double[][] X =
    [
        [0.5, -1.2, 0.3, 2.0], [1.5, 0.2, -0.7, 1.1], [-0.3, 0.8, 1.9, -0.4], [2.2, -0.5, 0.0, 0.7],
        [-1.1, 1.7, 0.4, -1.3], [0.9, 0.9, -1.5, 0.2], [-2.0, -0.3, 1.1, 0.5], [0.1, 2.1, -0.2, -0.9],
        [1.2, -1.8, 0.6, 1.6], [-0.7, 0.4, 2.3, -1.1], [0.4, -0.6, -1.0, 0.8], [-1.6, 1.2, 0.9, -0.2],
    ];

    internal static readonly int[] T = [0, 0, 1, 0, 2, 0, 1, 2, 0, 1, 2, 2];

    [Fact]
    public void Gradient_descent_reaches_the_optimum_scikit_learn_finds()
    {
        // softmax_head_reference.py: scikit-learn 1.2.1 LogisticRegression(multinomial, lbfgs, C = 1/(λ·N)), whose lbfgs
        // stops about 2e-5 short, then Newton steps on the same objective down to |gradient| 3e-17 (the optimum itself).
        double[] sklearnW =
        [
            0.8172099500, -0.0771670624, -0.2903148947, 0.4723264333,
            -0.4013586885, -0.2410914723, 0.8459055495, -0.1838245359,
            -0.4158512615, 0.3182585346, -0.5555906548, -0.2885018974,
        ];
        double[] expectedW =
        [
            0.8172041874, -0.0771572549, -0.2903243459, 0.4723479454,
            -0.4013577649, -0.2411001145, 0.8459185935, -0.1838408944,
            -0.4158464225, 0.3182573693, -0.5555942476, -0.2885070510,
        ];
        double[] expectedCentredB = [0.0941083091, -0.5896634165, 0.4955551073];
        double[] expectedP0 = [0.8145716445, 0.1030110555, 0.0824173000];

        var head = SoftmaxHead.Initial(3, 4, new Random(1));
        HeadTrainer.Train(head, X, T, null, null, new HeadTrainingSettings(Epochs: 5000, LearningRate: 0.5, L2: 0.1));

        Tolerance.AllClose(head.W, expectedW, 1e-9, 1e-8, "W");
        Tolerance.AllClose(head.W, sklearnW, 1e-4, 0, "W against scikit-learn's own answer");
        var meanB = head.B.Average();
        Tolerance.AllClose([.. head.B.Select(b => b - meanB)], expectedCentredB, 1e-9, 1e-8, "b − mean(b)");
        Tolerance.AllClose(head.Probabilities(X[0]), expectedP0, 1e-9, 1e-8, "P[0]");
    }

    [Fact]
    public void The_gradient_check_passes_for_backpropagation_and_catches_a_missing_one_over_n()
    {
        var head = SoftmaxHead.Initial(3, 4, new Random(2));
        HeadTrainer.Train(head, X, T, null, null, new HeadTrainingSettings(20, 0.3, 0.1)); // away from the symmetric start
        var right = HeadGradientCheck.Run(head, X, T, l2: 0.1);
        Assert.True(right.MaxRelativeError < 1e-7, $"correct gradient: {right.MaxRelativeError:E2}");

        var correct = head.Backward(X, T, 0.1);
        var withoutMean = correct with { DW = [.. correct.DW.Select((g, i) => (g - 0.1 * head.W[i]) * X.Length + 0.1 * head.W[i])] };
        Assert.True(HeadGradientCheck.Run(head, X, T, 0.1, withoutMean).Tensors[0].MaxRelativeError > 0.5, "a dW summed instead of averaged must fail");

        var withoutL2 = correct with { DW = [.. correct.DW.Select((g, i) => g - 0.1 * head.W[i])] };
        Assert.True(HeadGradientCheck.Run(head, X, T, 0.1, withoutL2).Tensors[0].MaxRelativeError > 1e-3, "a dW without λ·W must fail");
    }

    [Fact]
    public void An_untrained_head_scores_ln_k_and_training_lowers_the_loss()
    {
        var head = SoftmaxHead.Initial(3, 4, new Random(3));
        var history = HeadTrainer.Train(head, X, T, X, T, new HeadTrainingSettings(200, 0.3, 0));
        Tolerance.Close(history.TrainLoss[0], Math.Log(3), 1e-2, 0, "cross-entropy at the start");
        Assert.True(history.FinalTrainLoss < 0.5 * history.TrainLoss[0]);
        Assert.Equal(history.TrainLoss, history.ValidationLoss); // the same samples measured both ways
        Assert.Equal(history.TrainAccuracy[^1], head.Accuracy(X, T));
    }

    [Fact]
    public void Cross_entropy_is_finite_for_huge_logits()
    {
        Assert.Equal(0, SoftmaxCrossEntropy.Loss([1000, -1000], 0), 12);
        Assert.Equal(2000, SoftmaxCrossEntropy.Loss([1000, -1000], 1), 9);
        Tolerance.AllClose(SoftmaxCrossEntropy.Probabilities([1000, 1000]), [0.5, 0.5], 1e-15, 0);
    }

    [Fact]
    public void Standardisation_uses_the_training_rows_only()
    {
        double[][] train = [[1, 10, 5], [3, 30, 5]];
        var s = FeatureStandardizer.Fit(train);
        Assert.Equal([2, 20, 5], s.Mean);
        Assert.Equal([1, 10, 1], s.Std); // population σ; a constant feature gets σ = 1, not 0
        Assert.Equal([-1, -1, 0], s.Apply(train[0]));
        Assert.Equal([3, 3, 0], s.Apply([5.0, 50, 5])); // a validation row is mapped, not fitted
    }
}
