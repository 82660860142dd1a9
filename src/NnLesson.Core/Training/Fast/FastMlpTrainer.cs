using System.Numerics;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training.Fast;

/// <summary>
/// The same full-batch training as <see cref="MlpTrainer"/> (ReLU network, 2 inputs), arranged for speed:
/// <list type="bullet">
/// <item>points are stored by coordinate in SIMD vectors (x₁ of W samples, x₂ of W samples, W = Vector&lt;double&gt;.Count),</item>
/// <item>forward, loss, accuracy and backward run in one pass over those blocks, two blocks per step, so
///   H is kept for 2·W samples only, in the L1 cache (nothing of size [N, hidden] is stored),</item>
/// <item>all buffers are allocated once before the first epoch: no allocation per epoch.</item>
/// </list>
/// The arithmetic per sample is the readable path's, in the same order (no fused multiply-add); only sums
/// over the batch are added up in W lanes and two blocks before the final total, and exp/ln are the vectorised ones, which changes results
/// in the last bits only (the agreement test asks for 1e−12).
/// </summary>
public static class FastMlpTrainer
{
    public static TrainingHistory Train(TwoLayerMlp mlp, Dataset2D train, Dataset2D? validation, TrainingSettings settings,
        Action<EpochProgress>? progress = null, WeightSnapshots? snapshots = null)
    {
        settings.Validate();
        if (mlp.HiddenActivation is not Relu || mlp.Inputs != 2)
        {
            throw new ArgumentException("The fast path implements the lecture's network only: 2 inputs and a ReLU hidden layer.", nameof(mlp));
        }
        var trainBlocks = PackedPoints.From(train);
        var validationBlocks = validation is null ? null : PackedPoints.From(validation);
        var kernel = new Kernel(mlp.Hidden);
        var history = new TrainingHistory(settings.Epochs, validation is not null);
        snapshots?.Offer(0, mlp);
        for (var epoch = 0; ; epoch++)
        {
            var last = epoch == settings.Epochs;
            kernel.LoadWeights(mlp);
            var (loss, accuracy) = kernel.Pass(trainBlocks, backward: !last);       // forward + loss (+ backward)
            history.TrainLoss[epoch] = loss;
            history.TrainAccuracy[epoch] = accuracy;
            if (validationBlocks is not null)
            {
                (history.ValidationLoss[epoch], history.ValidationAccuracy[epoch]) = kernel.Pass(validationBlocks, backward: false);
            }
            if (last)
            {
                return history;
            }
            kernel.Step(mlp, settings.LearningRate);                                // update
            snapshots?.Offer(epoch + 1, mlp);
            progress?.Invoke(new EpochProgress(epoch + 1, settings.Epochs, loss));
        }
    }

    /// <summary>
    /// Points in blocks of W: X1, X2, T, Mask: [blocks] vectors, an even number of blocks. The end is padded with zeros and
    /// Mask = 0 there (1 for real points), which removes padding from the loss, the accuracy and the gradient.
    /// </summary>
    private sealed class PackedPoints
    {
        public required Vector<double>[] X1 { get; init; }
        public required Vector<double>[] X2 { get; init; }
        public required Vector<double>[] T { get; init; }
        public required Vector<double>[] Mask { get; init; }
        public required int Count { get; init; }

        public static PackedPoints From(Dataset2D data)
        {
            var step = 2 * Vector<double>.Count; // the kernel takes two blocks at a time
            var padded = (data.Count + step - 1) / step * step;
            double[] x1 = new double[padded], x2 = new double[padded], t = new double[padded], mask = new double[padded];
            for (var i = 0; i < data.Count; i++)
            {
                x1[i] = data.X[i, 0];
                x2[i] = data.X[i, 1];
                t[i] = data.Labels[i];
                mask[i] = 1;
            }
            return new PackedPoints { X1 = ToVectors(x1), X2 = ToVectors(x2), T = ToVectors(t), Mask = ToVectors(mask), Count = data.Count };
        }

        private static Vector<double>[] ToVectors(double[] values)
        {
            var width = Vector<double>.Count;
            var vectors = new Vector<double>[values.Length / width];
            for (var b = 0; b < vectors.Length; b++)
            {
                vectors[b] = new Vector<double>(values, b * width);
            }
            return vectors;
        }
    }

    /// <summary>Weights broadcast to vectors, the hidden activations of one block, and the gradient accumulators.</summary>
    private sealed class Kernel(int hidden)
    {
        // Weights, each scalar repeated in all W lanes: W1 row 0 and row 1, b1, W2 — [hidden] each.
        private readonly Vector<double>[] _w1Row0 = new Vector<double>[hidden];
        private readonly Vector<double>[] _w1Row1 = new Vector<double>[hidden];
        private readonly Vector<double>[] _b1 = new Vector<double>[hidden];
        private readonly Vector<double>[] _w2 = new Vector<double>[hidden];
        private Vector<double> _b2;

        // H of the current two blocks a and b: [hidden] vectors of W samples each.
        private readonly Vector<double>[] _hA = new Vector<double>[hidden];
        private readonly Vector<double>[] _hB = new Vector<double>[hidden];

        // Per-lane partial sums of the gradients over the batch: [hidden] each, plus db2.
        private readonly Vector<double>[] _dW1Row0 = new Vector<double>[hidden];
        private readonly Vector<double>[] _dW1Row1 = new Vector<double>[hidden];
        private readonly Vector<double>[] _dB1 = new Vector<double>[hidden];
        private readonly Vector<double>[] _dW2 = new Vector<double>[hidden];
        private Vector<double> _dB2;

        public void LoadWeights(TwoLayerMlp mlp)
        {
            var w1 = mlp.W1.Data; // W1: [2, hidden] row-major → row 0 at [0, hidden), row 1 at [hidden, 2·hidden)
            for (var j = 0; j < hidden; j++)
            {
                _w1Row0[j] = new Vector<double>(w1[j]);
                _w1Row1[j] = new Vector<double>(w1[hidden + j]);
                _b1[j] = new Vector<double>(mlp.B1[j]);
                _w2[j] = new Vector<double>(mlp.W2.Data[j]);
            }
            _b2 = new Vector<double>(mlp.B2[0]);
        }

        /// <summary>
        /// One pass over the points: forward, mean loss and accuracy; with <paramref name="backward"/> also
        /// the gradients (summed into the accumulators, read by <see cref="Step"/>).
        /// </summary>
        public (double Loss, double Accuracy) Pass(PackedPoints points, bool backward)
        {
            Span<Vector<double>> w1Row0 = _w1Row0, w1Row1 = _w1Row1, b1 = _b1, w2 = _w2;
            Span<Vector<double>> dW1Row0 = _dW1Row0, dW1Row1 = _dW1Row1, dB1 = _dB1, dW2 = _dW2;
            if (backward)
            {
                dW1Row0.Clear();
                dW1Row1.Clear();
                dB1.Clear();
                dW2.Clear();
            }
            var zero = Vector<double>.Zero;
            var n = new Vector<double>(points.Count);
            var lossSum = zero;
            var correct = zero;
            var dB2 = zero;
            Span<Vector<double>> hA = _hA, hB = _hB;
            // Two blocks (a and b) of W samples per step: two independent chains for the CPU to overlap,
            // and every weight and accumulator loaded once for both.
            for (var blk = 0; blk < points.X1.Length; blk += 2)
            {
                var (x1a, x2a, ta, ma) = (points.X1[blk], points.X2[blk], points.T[blk], points.Mask[blk]);
                var (x1b, x2b, tb, mb) = (points.X1[blk + 1], points.X2[blk + 1], points.T[blk + 1], points.Mask[blk + 1]);

                // Forward: Z1 = X·W1 + b1, H = ReLU(Z1), Z2 = H·W2 + b2 (the operation order of Matrix.Multiply).
                var z2a = zero;
                var z2b = zero;
                for (var j = 0; j < hidden; j++)
                {
                    var (w1r0, w1r1, b1j, w2j) = (w1Row0[j], w1Row1[j], b1[j], w2[j]);
                    var ha = Relu(x1a * w1r0 + x2a * w1r1 + b1j);
                    var hb = Relu(x1b * w1r0 + x2b * w1r1 + b1j);
                    hA[j] = ha;
                    hB[j] = hb;
                    z2a += ha * w2j;
                    z2b += hb * w2j;
                }
                var ya = Output(z2a + _b2, ta, ma, ref lossSum, ref correct);
                var yb = Output(z2b + _b2, tb, mb, ref lossSum, ref correct);
                if (!backward)
                {
                    continue;
                }

                // Backward, the formulas of Backpropagation for these samples:
                // dZ2 = (Y − T)/N, db2 = Σ dZ2, dW2 = Hᵀ·dZ2, dZ1 = dZ2·W2ᵀ ⊙ ReLU′(Z1), dW1 = Xᵀ·dZ1, db1 = Σ dZ1.
                var dZ2a = (ya - ta) / n * ma;
                var dZ2b = (yb - tb) / n * mb;
                dB2 += dZ2a + dZ2b;
                for (var j = 0; j < hidden; j++)
                {
                    var (ha, hb, w2j) = (hA[j], hB[j], w2[j]);
                    var dZ1a = Vector.ConditionalSelect(Vector.GreaterThan(ha, zero), dZ2a * w2j, zero); // H > 0 ⇔ Z1 > 0
                    var dZ1b = Vector.ConditionalSelect(Vector.GreaterThan(hb, zero), dZ2b * w2j, zero);
                    dW2[j] += ha * dZ2a + hb * dZ2b;
                    dW1Row0[j] += x1a * dZ1a + x1b * dZ1b;
                    dW1Row1[j] += x2a * dZ1a + x2b * dZ1b;
                    dB1[j] += dZ1a + dZ1b;
                }
            }
            if (backward)
            {
                _dB2 = dB2;
            }
            return (Vector.Sum(lossSum) / points.Count, Vector.Sum(correct) / points.Count);
        }

        /// <summary>ReLU(z) = z &gt; 0 ? z : 0, exactly as <see cref="Relu.Value"/>.</summary>
        private static Vector<double> Relu(Vector<double> z) =>
            Vector.ConditionalSelect(Vector.GreaterThan(z, Vector<double>.Zero), z, Vector<double>.Zero);

        /// <summary>
        /// Y = σ(Z2) for W samples, adding their masked loss and correct answers to the sums. σ and the loss
        /// share e = exp(−|z|): stable sigmoid y = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z &lt; 0; log-sum-exp
        /// loss ℓ = max(z, 0) − t·z + ln(1 + e).
        /// </summary>
        private static Vector<double> Output(Vector<double> z2, Vector<double> t, Vector<double> mask,
            ref Vector<double> lossSum, ref Vector<double> correct)
        {
            var zero = Vector<double>.Zero;
            var half = new Vector<double>(0.5);
            var e = Vector.Exp(-Vector.Abs(z2));
            var onePlusE = Vector<double>.One + e;
            var y = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(z2, zero), Vector<double>.One / onePlusE, e / onePlusE);
            lossSum += (Vector.Max(z2, zero) - t * z2 + Vector.Log(onePlusE)) * mask;
            var right = Vector.Equals(Vector.GreaterThanOrEqual(y, half), Vector.GreaterThan(t, half));
            correct += Vector.ConditionalSelect(right, mask, zero);
            return y;
        }

        /// <summary>W ← W − η·dW for every parameter, dW being the lane sums of the accumulators.</summary>
        public void Step(TwoLayerMlp mlp, double learningRate)
        {
            var w1 = mlp.W1.Data;
            var w2 = mlp.W2.Data;
            for (var j = 0; j < hidden; j++)
            {
                w1[j] -= learningRate * Vector.Sum(_dW1Row0[j]);
                w1[hidden + j] -= learningRate * Vector.Sum(_dW1Row1[j]);
                mlp.B1[j] -= learningRate * Vector.Sum(_dB1[j]);
                w2[j] -= learningRate * Vector.Sum(_dW2[j]);
            }
            mlp.B2[0] -= learningRate * Vector.Sum(_dB2);
        }
    }
}
