using NnLesson.Core.Cnn.Fast;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// The convolution's forward and backward passes as matrix products on the engine's micro-kernels, a group of g images
/// at a time (their patches side by side, so one product is wide enough to keep the kernel busy):
/// <code>cols = [im2col(x₁) … im2col(x_g)]   [K, g·N],  K = C·k·k, N = H′·W′ (kept for the backward pass)
/// Yg = W · cols                       [O, g·N]   (W viewed as [O, K]); y_s[o, :] = Yg[o, s·N … s·N+N−1] + b[o]
/// dYg = [dy₁ … dy_g]                  [O, g·N]
/// dW += dYg · colsᵀ                   [O, K]     (summed over the thread's images)
/// db += Σ over the columns of dYg     [O]
/// dx_s = col2im(Wᵀ · dYg)[:, s·N …]   [C, H, W]  (skipped for the first layer: nobody needs ∂L/∂image)</code>
/// W and Wᵀ are packed into A panels once per batch (<see cref="PrepareBatch"/>) and shared by the threads.
/// </summary>
internal sealed class FastConv(int index, LayerSpec spec, TensorShape input, TensorShape output, int tensor, ConvMicroKernel microKernel)
    : FastLayer(index, spec, input, output)
{
    /// <summary>g·N is about this many columns: wide enough for whole tiles, small enough that a group's data stays in L2.</summary>
    private const int GroupColumns = 768;

    private readonly int _k = spec.FanIn;
    private readonly int _n = output.Height * output.Width;
    private readonly float[] _packedW = new float[PanelGemm.PackedALength(spec.Out, spec.FanIn)];
    private readonly float[] _packedWt = new float[PanelGemm.PackedALength(spec.FanIn, spec.Out)];
    private readonly ConvMicroKernel _kernel = GemmMicroKernels.Resolve(microKernel);
    private float[] _bias = [];

    /// <summary>Images per group: ⌈GroupColumns / N⌉.</summary>
    public int Group { get; } = Math.Max(1, (GroupColumns + output.Height * output.Width - 1) / (output.Height * output.Width));

    /// <summary>
    /// Cols: every group's [K, g·N] block, group after group (the backward pass reads them again); ChannelMajor: Yg or dYg
    /// [O, g·N]; the packed panels of one group; DCols: Wᵀ·dYg [K, g·N].
    /// </summary>
    private sealed record Scratch(float[] Cols, float[] PackedCols, float[] ChannelMajor, float[] PackedDy, float[] PackedColsT,
        float[] PackedDyB, float[] DCols);

    public override object? CreateScratch(int capacity)
    {
        var columns = Math.Min(Group, capacity) * _n;
        return new Scratch(new float[capacity * _k * _n], new float[PanelGemm.PackedBLength(_k, columns)], new float[Spec.Out * columns],
            new float[PanelGemm.PackedALength(Spec.Out, columns)], new float[PanelGemm.PackedBLength(columns, _k)],
            new float[PanelGemm.PackedBLength(Spec.Out, columns)], new float[_k * columns]);
    }

    public override void PrepareBatch(CnnWeights weights)
    {
        var w = weights.Tensors[tensor]; // [O, K]
        PanelGemm.PackA(MatrixView.RowMajor(w, 0, _k), Spec.Out, _k, _packedW);
        PanelGemm.PackA(MatrixView.Transposed(w, 0, _k), _k, Spec.Out, _packedWt); // Wᵀ: [K, O]
        _bias = weights.Tensors[tensor + 1];
    }

    public override void Forward(FastThread t, int count)
    {
        var scratch = (Scratch)t.Scratch[Index]!;
        float[] x = t.Act[Index], y = t.Act[Index + 1];
        int o = Spec.Out, kn = _k * _n;
        for (var first = 0; first < count; first += Group)
        {
            var g = Math.Min(Group, count - first);
            var width = g * _n;
            var cols = scratch.Cols.AsSpan(first * kn, g * kn);
            for (var s = 0; s < g; s++)
            {
                Im2Col.Gather(x.AsSpan((first + s) * Input.Size, Input.Size), Input, Spec, Output, cols[(s * _n)..], width);
            }
            PanelGemm.PackB(MatrixView.RowMajor(scratch.Cols, first * kn, width), _k, width, scratch.PackedCols);
            PanelGemm.Multiply(_kernel, o, width, _k, _packedW, scratch.PackedCols, scratch.ChannelMajor, 0, width, accumulate: false);
            for (var s = 0; s < g; s++)
            {
                for (var c = 0; c < o; c++)
                {
                    TensorPrimitives.Add(scratch.ChannelMajor.AsSpan(c * width + s * _n, _n), _bias[c], y.AsSpan(((first + s) * o + c) * _n, _n));
                }
            }
        }
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
        var scratch = (Scratch)t.Scratch[Index]!;
        int o = Spec.Out, kn = _k * _n;
        float[] dW = t.Gradients[tensor], db = t.Gradients[tensor + 1], dy = t.Grad[Index + 1], dyg = scratch.ChannelMajor;
        for (var first = 0; first < count; first += Group)
        {
            var g = Math.Min(Group, count - first);
            var width = g * _n;
            for (var s = 0; s < g; s++)
            {
                for (var c = 0; c < o; c++)
                {
                    dy.AsSpan(((first + s) * o + c) * _n, _n).CopyTo(dyg.AsSpan(c * width + s * _n, _n));
                }
            }
            for (var c = 0; c < o; c++)
            {
                db[c] += TensorPrimitives.Sum(dyg.AsSpan(c * width, width));
            }
            // dW[O, K] += dYg[O, g·N] · colsᵀ[g·N, K]
            PanelGemm.PackA(MatrixView.RowMajor(dyg, 0, width), o, width, scratch.PackedDy);
            PanelGemm.PackB(MatrixView.Transposed(scratch.Cols, first * kn, width), width, _k, scratch.PackedColsT);
            PanelGemm.Multiply(_kernel, o, _k, width, scratch.PackedDy, scratch.PackedColsT, dW, 0, _k, accumulate: true);
            if (!inputGradient)
            {
                continue;
            }
            // dcols[K, g·N] = Wᵀ[K, O] · dYg[O, g·N], then each value back to the pixel it was read from
            PanelGemm.PackB(MatrixView.RowMajor(dyg, 0, width), o, width, scratch.PackedDyB);
            PanelGemm.Multiply(_kernel, _k, width, o, _packedWt, scratch.PackedDyB, scratch.DCols, 0, width, accumulate: false);
            for (var s = 0; s < g; s++)
            {
                Im2Col.Scatter(scratch.DCols.AsSpan(s * _n), Input, Spec, Output, t.Grad[Index].AsSpan((first + s) * Input.Size, Input.Size), width);
            }
        }
    }
}
