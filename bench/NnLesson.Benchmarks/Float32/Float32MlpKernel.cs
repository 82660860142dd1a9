using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training.Fast;

namespace NnLesson.Benchmarks.Float32;

/// <summary>
/// Points in blocks of W = Vector&lt;float&gt;.Count: X1, X2, T, Mask: [blocks] vectors, an even number of blocks.
/// The end is padded with zeros and Mask = 0 there (1 for real points), which removes padding from the sums.
/// </summary>
internal sealed class Float32Points
{
    public required Vector<float>[] X1 { get; init; }
    public required Vector<float>[] X2 { get; init; }
    public required Vector<float>[] T { get; init; }
    public required Vector<float>[] Mask { get; init; }

    public int Blocks => X1.Length;

    public static Float32Points From(Dataset2D data)
    {
        var step = 2 * Vector<float>.Count; // the kernel takes two blocks at a time
        var padded = (data.Count + step - 1) / step * step;
        float[] x1 = new float[padded], x2 = new float[padded], t = new float[padded], mask = new float[padded];
        for (var i = 0; i < data.Count; i++)
        {
            x1[i] = (float)data.X[i, 0];
            x2[i] = (float)data.X[i, 1];
            t[i] = data.Labels[i];
            mask[i] = 1;
        }
        return new Float32Points { X1 = ToVectors(x1), X2 = ToVectors(x2), T = ToVectors(t), Mask = ToVectors(mask) };
    }

    private static Vector<float>[] ToVectors(float[] values)
    {
        var width = Vector<float>.Count;
        var vectors = new Vector<float>[values.Length / width];
        for (var b = 0; b < vectors.Length; b++)
        {
            vectors[b] = new Vector<float>(values, b * width);
        }
        return vectors;
    }
}

/// <summary>The float32 master copy of the weights during training: W1 rows 0 and 1, b1, W2 — [hidden] each — and b2.</summary>
internal sealed class Float32Weights
{
    public Float32Weights(TwoLayerMlp mlp)
    {
        Hidden = mlp.Hidden;
        W1Row0 = new float[Hidden];
        W1Row1 = new float[Hidden];
        B1 = new float[Hidden];
        W2 = new float[Hidden];
        for (var j = 0; j < Hidden; j++)
        {
            W1Row0[j] = (float)mlp.W1.Data[j];          // W1: [2, hidden] row-major
            W1Row1[j] = (float)mlp.W1.Data[Hidden + j];
            B1[j] = (float)mlp.B1[j];
            W2[j] = (float)mlp.W2.Data[j];
        }
        B2 = (float)mlp.B2[0];
    }

    public int Hidden { get; }
    public float[] W1Row0 { get; }
    public float[] W1Row1 { get; }
    public float[] B1 { get; }
    public float[] W2 { get; }
    public float B2 { get; private set; }

    /// <summary>W ← W − η·dW with dW = (1/N)·Σ over the kernels' lane sums (the kernels sum (Y − T), not (Y − T)/N).</summary>
    public void Step(IReadOnlyList<Float32Kernel> kernels, float learningRate, float inverseN)
    {
        var scale = learningRate * inverseN;
        for (var j = 0; j < Hidden; j++)
        {
            float dW1r0 = 0, dW1r1 = 0, dB1 = 0, dW2 = 0;
            foreach (var k in kernels)
            {
                dW1r0 += Vector.Sum(k.DW1Row0[j]);
                dW1r1 += Vector.Sum(k.DW1Row1[j]);
                dB1 += Vector.Sum(k.DB1[j]);
                dW2 += Vector.Sum(k.DW2[j]);
            }
            W1Row0[j] -= scale * dW1r0;
            W1Row1[j] -= scale * dW1r1;
            B1[j] -= scale * dB1;
            W2[j] -= scale * dW2;
        }
        var dB2 = 0f;
        foreach (var k in kernels)
        {
            dB2 += Vector.Sum(k.DB2);
        }
        B2 -= scale * dB2;
    }

    public void CopyTo(TwoLayerMlp mlp)
    {
        for (var j = 0; j < Hidden; j++)
        {
            mlp.W1.Data[j] = W1Row0[j];
            mlp.W1.Data[Hidden + j] = W1Row1[j];
            mlp.B1[j] = B1[j];
            mlp.W2.Data[j] = W2[j];
        }
        mlp.B2[0] = B2;
    }
}

/// <summary>
/// One pass of forward, loss, accuracy and (optionally) backward over a range of blocks, the formulas of
/// <see cref="FastMlpTrainer"/> in float32, in two sweeps so the gradient sums stay in registers:
/// (1) per pair of blocks: forward, loss, and G = (Y − T)·mask stored per block ([blocks] vectors, 4 KB for
/// 1000 points); (2) per hidden unit j: over all blocks, H[:, j] recomputed (two multiply-adds and a max,
/// cheaper than storing H: [N, hidden]) and its four gradient sums accumulated in registers.
/// Owns its buffers and sums, so two kernels can run on two halves of the batch at once.
/// </summary>
internal sealed class Float32Kernel(int hidden)
{
    // Weights broadcast to all W lanes: [hidden] each, and b2.
    private readonly Vector<float>[] _w1Row0 = new Vector<float>[hidden];
    private readonly Vector<float>[] _w1Row1 = new Vector<float>[hidden];
    private readonly Vector<float>[] _b1 = new Vector<float>[hidden];
    private readonly Vector<float>[] _w2 = new Vector<float>[hidden];
    private Vector<float> _b2;

    // G = (Y − T)·mask of every block of the current pass: [blocks] vectors.
    private Vector<float>[] _g = [];

    /// <summary>Per-lane sums over this kernel's blocks of Xᵀ·dZ1 (rows 0 and 1), Σ dZ1, Hᵀ·G: [hidden] each; Σ G.</summary>
    public Vector<float>[] DW1Row0 { get; } = new Vector<float>[hidden];
    public Vector<float>[] DW1Row1 { get; } = new Vector<float>[hidden];
    public Vector<float>[] DB1 { get; } = new Vector<float>[hidden];
    public Vector<float>[] DW2 { get; } = new Vector<float>[hidden];
    public Vector<float> DB2 { get; private set; }

    public void LoadWeights(Float32Weights weights)
    {
        for (var j = 0; j < hidden; j++)
        {
            _w1Row0[j] = new Vector<float>(weights.W1Row0[j]);
            _w1Row1[j] = new Vector<float>(weights.W1Row1[j]);
            _b1[j] = new Vector<float>(weights.B1[j]);
            _w2[j] = new Vector<float>(weights.W2[j]);
        }
        _b2 = new Vector<float>(weights.B2);
    }

    /// <summary>Blocks [from, to) (both even): the summed loss and number of correct answers (not yet divided by N).</summary>
    public (double LossSum, double Correct) Pass(Float32Points points, int from, int to, bool backward)
    {
        if (backward && _g.Length < points.Blocks)
        {
            _g = new Vector<float>[points.Blocks];
        }
        Span<Vector<float>> w1Row0 = _w1Row0, w1Row1 = _w1Row1, b1 = _b1, w2 = _w2;
        var zero = Vector<float>.Zero;
        var lossSum = zero;
        var correct = zero;
        var dB2 = zero;

        // Sweep 1, forward: H = ReLU(x1·W1[0] + x2·W1[1] + b1), Z2 = H·W2 + b2, Y = σ(Z2); two blocks per step.
        for (var blk = from; blk < to; blk += 2)
        {
            var (x1a, x2a, ta, ma) = (points.X1[blk], points.X2[blk], points.T[blk], points.Mask[blk]);
            var (x1b, x2b, tb, mb) = (points.X1[blk + 1], points.X2[blk + 1], points.T[blk + 1], points.Mask[blk + 1]);
            var z2a = _b2;
            var z2b = _b2;
            for (var j = 0; j < hidden; j++)
            {
                var (w1r0, w1r1, b1j, w2j) = (w1Row0[j], w1Row1[j], b1[j], w2[j]);
                z2a = MulAdd(Vector.Max(MulAdd(x1a, w1r0, MulAdd(x2a, w1r1, b1j)), zero), w2j, z2a);
                z2b = MulAdd(Vector.Max(MulAdd(x1b, w1r0, MulAdd(x2b, w1r1, b1j)), zero), w2j, z2b);
            }
            var ya = Output(z2a, ta, ma, ref lossSum, ref correct);
            var yb = Output(z2b, tb, mb, ref lossSum, ref correct);
            if (backward)
            {
                // dZ2 = G/N with G = (Y − T)·mask; the 1/N is applied in the step.
                var ga = (ya - ta) * ma;
                var gb = (yb - tb) * mb;
                _g[blk] = ga;
                _g[blk + 1] = gb;
                dB2 += ga + gb;
            }
        }
        if (!backward)
        {
            return (Vector.Sum(lossSum), Vector.Sum(correct));
        }
        DB2 = dB2;

        // Sweep 2, backward per hidden unit j: dZ1 = G·W2[j] ⊙ ReLU′(Z1), dW1[0, j] = Σ x1·dZ1, dW1[1, j] = Σ x2·dZ1,
        // db1[j] = Σ dZ1, dW2[j] = Σ H·G.
        ReadOnlySpan<Vector<float>> x1s = points.X1, x2s = points.X2, gs = _g;
        for (var j = 0; j < hidden; j++)
        {
            var (w1r0, w1r1, b1j, w2j) = (w1Row0[j], w1Row1[j], b1[j], w2[j]);
            Vector<float> dW1r0 = zero, dW1r1 = zero, dB1 = zero, dW2 = zero;
            for (var blk = from; blk < to; blk++)
            {
                var (x1, x2, g) = (x1s[blk], x2s[blk], gs[blk]);
                var h = Vector.Max(MulAdd(x1, w1r0, MulAdd(x2, w1r1, b1j)), zero);
                var dZ1 = Vector.ConditionalSelect(Vector.GreaterThan(h, zero), g * w2j, zero); // H > 0 ⇔ Z1 > 0
                dW2 = MulAdd(h, g, dW2);
                dW1r0 = MulAdd(x1, dZ1, dW1r0);
                dW1r1 = MulAdd(x2, dZ1, dW1r1);
                dB1 += dZ1;
            }
            (DW1Row0[j], DW1Row1[j], DB1[j], DW2[j]) = (dW1r0, dW1r1, dB1, dW2);
        }
        return (Vector.Sum(lossSum), Vector.Sum(correct));
    }

    /// <summary>a·b + c, fused (one rounding) when the CPU has FMA for this vector width, else multiply then add.</summary>
    private static Vector<float> MulAdd(Vector<float> a, Vector<float> b, Vector<float> c)
    {
        if (Fma.IsSupported && Vector<float>.Count == Vector256<float>.Count)
        {
            return System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a.AsVector256(), b.AsVector256(), c.AsVector256()).AsVector();
        }
        return a * b + c;
    }

    /// <summary>
    /// Y = σ(Z2) for W samples, adding their masked loss and correct answers to the sums; stable forms sharing
    /// e = exp(−|z|): y = 1/(1 + e) for z ≥ 0, e/(1 + e) for z &lt; 0; ℓ = max(z, 0) − t·z + ln(1 + e).
    /// </summary>
    private static Vector<float> Output(Vector<float> z2, Vector<float> t, Vector<float> mask,
        ref Vector<float> lossSum, ref Vector<float> correct)
    {
        var zero = Vector<float>.Zero;
        var e = Vector.Exp(-Vector.Abs(z2));
        var onePlusE = Vector<float>.One + e;
        var y = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(z2, zero), Vector<float>.One / onePlusE, e / onePlusE);
        lossSum += (Vector.Max(z2, zero) - t * z2 + Vector.Log(onePlusE)) * mask;
        var right = Vector.Equals(Vector.GreaterThanOrEqual(y, new Vector<float>(0.5f)), Vector.GreaterThan(t, new Vector<float>(0.5f)));
        correct += Vector.ConditionalSelect(right, mask, zero);
        return y;
    }
}
