using NnLesson.Core.Cnn.Fast;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// The convolution's forward and backward passes as matrix products on the engine's micro-kernels, one sample at a time:
/// <code>cols = im2col(x)                 [K, N],  K = C·k·k, N = H′·W′ (kept for the backward pass)
/// Y  = W · cols + b                [O, N]   (W viewed as [O, K])
/// dW += dY · colsᵀ                 [O, K]   (summed over the thread's samples)
/// db += Σ_n dY[:, n]               [O]
/// dx  = col2im(Wᵀ · dY)            [C, H, W] (skipped for the first layer: nobody needs ∂L/∂image)</code>
/// W and Wᵀ are packed into A panels once per batch (<see cref="PrepareBatch"/>) and shared by the threads.
/// </summary>
internal sealed class FastConv(int index, LayerSpec spec, TensorShape input, TensorShape output, int tensor, ConvMicroKernel microKernel)
    : FastLayer(index, spec, input, output)
{
    private readonly int _k = spec.FanIn;
    private readonly int _n = output.Height * output.Width;
    private readonly float[] _packedW = new float[PanelGemm.PackedALength(spec.Out, spec.FanIn)];
    private readonly float[] _packedWt = new float[PanelGemm.PackedALength(spec.FanIn, spec.Out)];
    private readonly ConvMicroKernel _kernel = GemmMicroKernels.Resolve(microKernel);
    private float[] _bias = [];

    private sealed record Scratch(float[] Cols, float[] PackedCols, float[] PackedDy, float[] PackedColsT, float[] DCols, float[] PackedDyB);

    public override object? CreateScratch(int capacity) => new Scratch(
        new float[capacity * _k * _n], new float[PanelGemm.PackedBLength(_k, _n)], new float[PanelGemm.PackedALength(Spec.Out, _n)],
        new float[PanelGemm.PackedBLength(_n, _k)], new float[_k * _n], new float[PanelGemm.PackedBLength(Spec.Out, _n)]);

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
        int o = Spec.Out, kn = _k * _n;
        for (var s = 0; s < count; s++)
        {
            var cols = scratch.Cols.AsSpan(s * kn, kn);
            Im2Col.Gather(t.Act[Index].AsSpan(s * Input.Size, Input.Size), Input, Spec, Output, cols);
            PanelGemm.PackB(MatrixView.RowMajor(scratch.Cols, s * kn, _n), _k, _n, scratch.PackedCols);
            var y = t.Act[Index + 1];
            PanelGemm.Multiply(_kernel, o, _n, _k, _packedW, scratch.PackedCols, y, s * o * _n, _n, accumulate: false);
            for (var c = 0; c < o; c++)
            {
                var row = y.AsSpan((s * o + c) * _n, _n);
                TensorPrimitives.Add(row, _bias[c], row);
            }
        }
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
        var scratch = (Scratch)t.Scratch[Index]!;
        int o = Spec.Out, kn = _k * _n;
        float[] dW = t.Gradients[tensor], db = t.Gradients[tensor + 1], dy = t.Grad[Index + 1];
        for (var s = 0; s < count; s++)
        {
            var dyOffset = s * o * _n;
            for (var c = 0; c < o; c++)
            {
                db[c] += TensorPrimitives.Sum(dy.AsSpan(dyOffset + c * _n, _n));
            }
            // dW[O, K] += dY[O, N] · colsᵀ[N, K]
            PanelGemm.PackA(MatrixView.RowMajor(dy, dyOffset, _n), o, _n, scratch.PackedDy);
            PanelGemm.PackB(MatrixView.Transposed(scratch.Cols, s * kn, _n), _n, _k, scratch.PackedColsT);
            PanelGemm.Multiply(_kernel, o, _k, _n, scratch.PackedDy, scratch.PackedColsT, dW, 0, _k, accumulate: true);
            if (inputGradient)
            {
                // dcols[K, N] = Wᵀ[K, O] · dY[O, N], then each value back to the pixel it was read from
                PanelGemm.PackB(MatrixView.RowMajor(dy, dyOffset, _n), o, _n, scratch.PackedDyB);
                PanelGemm.Multiply(_kernel, _k, _n, o, _packedWt, scratch.PackedDyB, scratch.DCols, 0, _n, accumulate: false);
                Im2Col.Scatter(scratch.DCols, Input, Spec, Output, t.Grad[Index].AsSpan(s * Input.Size, Input.Size));
            }
        }
    }
}
