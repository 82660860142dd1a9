using System.Numerics.Tensors;

namespace NnLesson.Core.Transfer;

/// <summary>
/// The head that learns the user's classes on top of a frozen CNN: multinomial logistic regression,
/// one linear layer and a softmax. For one standardised feature vector x: [D]
/// <code>
/// z = W·x + b            W: [K, D] (one row per class, like a PyTorch Linear), b: [K], z: [K] logits
/// p = softmax(z)         [K] probabilities
/// </code>
/// and for a batch X: [N, D] with classes t: [N] the loss (mean cross-entropy plus optional L2 on W)
/// <code>
/// L = (1/N) Σᵢ −ln p_{i,tᵢ} + (λ/2)·Σ_k Σ_j W_kj²
/// </code>
/// whose gradient is, as on slide 5 (dZ = (P − T)/N, then the chain rule through z = W·x + b):
/// <code>
/// dZ = (P − onehot(t)) / N        [N, K]
/// dW = dZᵀ·X + λ·W                [K, D]
/// db = Σᵢ dZ_i                    [K]
/// </code>
/// <see cref="Backward"/> computes exactly these; <see cref="HeadGradientCheck"/> proves it numerically.
/// </summary>
public sealed class SoftmaxHead
{
    public SoftmaxHead(int classes, int features)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        Classes = classes;
        Features = features;
        W = new double[classes * features];
        B = new double[classes];
    }

    public int Classes { get; }

    public int Features { get; }

    /// <summary>W: [K, D] row-major, W[k, j] at k·D + j.</summary>
    public double[] W { get; }

    /// <summary>b: [K].</summary>
    public double[] B { get; }

    /// <summary>Small seeded weights (uniform ±0.01/√D): a start that answers ≈ 1/K for every class.</summary>
    public static SoftmaxHead Initial(int classes, int features, Random random)
    {
        var head = new SoftmaxHead(classes, features);
        var scale = 0.01 / Math.Sqrt(features);
        for (var i = 0; i < head.W.Length; i++)
        {
            head.W[i] = (2 * random.NextDouble() - 1) * scale;
        }
        return head;
    }

    public SoftmaxHead Clone()
    {
        var copy = new SoftmaxHead(Classes, Features);
        W.CopyTo(copy.W, 0);
        B.CopyTo(copy.B, 0);
        return copy;
    }

    /// <summary>Row k of W: the weights class k gives each feature, [D].</summary>
    public ReadOnlySpan<double> ClassWeights(int k) => W.AsSpan(k * Features, Features);

    /// <summary>z = W·x + b: [K] for one sample x: [D].</summary>
    public double[] Logits(ReadOnlySpan<double> x)
    {
        if (x.Length != Features)
        {
            throw new ArgumentException($"Expected {Features} features, got {x.Length}.", nameof(x));
        }
        var z = new double[Classes]; // [K]
        for (var k = 0; k < Classes; k++)
        {
            z[k] = TensorPrimitives.Dot(ClassWeights(k), x) + B[k]; // z_k = Σ_j W[k, j]·x_j + b_k (SIMD dot product)
        }
        return z;
    }

    /// <summary>p = softmax(W·x + b): [K].</summary>
    public double[] Probabilities(ReadOnlySpan<double> x) => SoftmaxCrossEntropy.Probabilities(Logits(x));

    /// <summary>argmax_k z_k (the first one on a tie).</summary>
    public int Predict(ReadOnlySpan<double> x) => ArgMax(Logits(x));

    /// <summary>Mean cross-entropy (no L2 term) and accuracy over X: [N, D], from one forward pass.</summary>
    public (double Loss, double Accuracy) Evaluate(double[][] x, int[] targets)
    {
        CheckBatch(x, targets);
        var loss = 0.0;
        var correct = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var z = Logits(x[i]);
            loss += SoftmaxCrossEntropy.Loss(z, targets[i]);
            correct += ArgMax(z) == targets[i] ? 1 : 0;
        }
        return (loss / x.Length, (double)correct / x.Length);
    }

    private static int ArgMax(double[] z)
    {
        var best = 0;
        for (var k = 1; k < z.Length; k++)
        {
            if (z[k] > z[best])
            {
                best = k;
            }
        }
        return best;
    }

    /// <summary>L = mean cross-entropy over X: [N, D] with classes t: [N], plus (λ/2)·‖W‖².</summary>
    public double Loss(double[][] x, int[] targets, double l2 = 0)
    {
        CheckBatch(x, targets);
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += SoftmaxCrossEntropy.Loss(Logits(x[i]), targets[i]);
        }
        return sum / x.Length + L2Penalty(l2);
    }

    /// <summary>(λ/2)·Σ W² (the bias is not penalised: it only shifts the classes' base rates).</summary>
    public double L2Penalty(double l2)
    {
        if (l2 == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var w in W)
        {
            sum += w * w;
        }
        return 0.5 * l2 * sum;
    }

    /// <summary>Share of samples whose argmax is their class.</summary>
    public double Accuracy(double[][] x, int[] targets)
    {
        CheckBatch(x, targets);
        var correct = 0;
        for (var i = 0; i < x.Length; i++)
        {
            correct += Predict(x[i]) == targets[i] ? 1 : 0;
        }
        return (double)correct / x.Length;
    }

    /// <summary>
    /// The gradients of <see cref="Loss"/>: dZ = (P − onehot(t))/N, dW = dZᵀ·X + λ·W: [K, D], db = Σᵢ dZ_i: [K].
    /// Also returns the loss of the same forward pass (it costs nothing extra).
    /// </summary>
    public HeadGradients Backward(double[][] x, int[] targets, double l2 = 0)
    {
        CheckBatch(x, targets);
        var n = x.Length;
        var dW = new double[W.Length]; // [K, D]
        var db = new double[Classes]; // [K]
        var loss = 0.0;
        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            var z = Logits(x[i]); // [K]
            loss += SoftmaxCrossEntropy.Loss(z, targets[i]);
            correct += ArgMax(z) == targets[i] ? 1 : 0;
            var p = SoftmaxCrossEntropy.Probabilities(z); // [K]
            for (var k = 0; k < Classes; k++)
            {
                var dz = (p[k] - (k == targets[i] ? 1 : 0)) / n; // dZ[i, k]
                db[k] += dz;
                var row = dW.AsSpan(k * Features, Features);
                TensorPrimitives.MultiplyAdd(x[i], dz, row, row); // dW[k, j] += dZ[i, k] · X[i, j] for every j
            }
        }
        for (var i = 0; i < W.Length; i++)
        {
            dW[i] += l2 * W[i];
        }
        return new HeadGradients(dW, db, loss / n + L2Penalty(l2), (double)correct / n);
    }

    /// <summary>One gradient-descent step: W ← W − η·dW, b ← b − η·db.</summary>
    public void Step(HeadGradients gradients, double learningRate)
    {
        for (var i = 0; i < W.Length; i++)
        {
            W[i] -= learningRate * gradients.DW[i];
        }
        for (var k = 0; k < B.Length; k++)
        {
            B[k] -= learningRate * gradients.DB[k];
        }
    }

    private void CheckBatch(double[][] x, int[] targets)
    {
        if (x.Length != targets.Length || x.Length == 0)
        {
            throw new ArgumentException($"Need the same positive number of samples and targets (got {x.Length} and {targets.Length}).");
        }
        foreach (var t in targets)
        {
            if ((uint)t >= (uint)Classes)
            {
                throw new ArgumentException($"Target {t} is not a class 0..{Classes - 1}.", nameof(targets));
            }
        }
    }
}

/// <summary>dW: [K, D], db: [K], and the loss (with its L2 term) and accuracy of the forward pass they came from.</summary>
public sealed record HeadGradients(double[] DW, double[] DB, double Loss, double Accuracy);
