using NnLesson.Core.Cnn.Fast;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// The fully connected layer over the thread's whole share of the batch at once:
/// <code>Y  = X · Wᵀ + b        [n, O]   (X: [n, F], W: [O, F])
/// dW += dYᵀ · X          [O, F]
/// db += Σ_n dY[n, :]     [O]
/// dX  = dY · W           [n, F]</code>
/// Wᵀ and W are packed into B panels once per batch and shared by the threads.
/// </summary>
internal sealed class FastDense(int index, LayerSpec spec, TensorShape input, TensorShape output, int tensor, ConvMicroKernel microKernel)
    : FastLayer(index, spec, input, output)
{
    private readonly int _f = spec.In;
    private readonly int _o = spec.Out;
    private readonly float[] _packedWt = new float[PanelGemm.PackedBLength(spec.In, spec.Out)];
    private readonly float[] _packedW = new float[PanelGemm.PackedBLength(spec.Out, spec.In)];
    private readonly ConvMicroKernel _kernel = GemmMicroKernels.Resolve(microKernel);
    private float[] _bias = [];

    private sealed record Scratch(float[] PackedX, float[] PackedDyT, float[] PackedXB, float[] PackedDy);

    public override object? CreateScratch(int capacity) => new Scratch(
        new float[PanelGemm.PackedALength(capacity, _f)], new float[PanelGemm.PackedALength(_o, capacity)],
        new float[PanelGemm.PackedBLength(capacity, _f)], new float[PanelGemm.PackedALength(capacity, _o)]);

    public override void PrepareBatch(CnnWeights weights)
    {
        var w = weights.Tensors[tensor]; // [O, F]
        PanelGemm.PackB(MatrixView.Transposed(w, 0, _f), _f, _o, _packedWt); // Wᵀ: [F, O]
        PanelGemm.PackB(MatrixView.RowMajor(w, 0, _f), _o, _f, _packedW);
        _bias = weights.Tensors[tensor + 1];
    }

    public override void Forward(FastThread t, int count)
    {
        var scratch = (Scratch)t.Scratch[Index]!;
        var y = t.Act[Index + 1];
        PanelGemm.PackA(MatrixView.RowMajor(t.Act[Index], 0, _f), count, _f, scratch.PackedX);
        PanelGemm.Multiply(_kernel, count, _o, _f, scratch.PackedX, _packedWt, y, 0, _o, accumulate: false);
        for (var n = 0; n < count; n++)
        {
            var row = y.AsSpan(n * _o, _o);
            TensorPrimitives.Add(row, _bias, row);
        }
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
        var scratch = (Scratch)t.Scratch[Index]!;
        float[] dy = t.Grad[Index + 1], x = t.Act[Index], dW = t.Gradients[tensor], db = t.Gradients[tensor + 1];
        PanelGemm.PackA(MatrixView.Transposed(dy, 0, _o), _o, count, scratch.PackedDyT); // dYᵀ: [O, n]
        PanelGemm.PackB(MatrixView.RowMajor(x, 0, _f), count, _f, scratch.PackedXB);
        PanelGemm.Multiply(_kernel, _o, _f, count, scratch.PackedDyT, scratch.PackedXB, dW, 0, _f, accumulate: true);
        for (var n = 0; n < count; n++)
        {
            TensorPrimitives.Add(db, dy.AsSpan(n * _o, _o), db);
        }
        if (inputGradient)
        {
            PanelGemm.PackA(MatrixView.RowMajor(dy, 0, _o), count, _o, scratch.PackedDy);
            PanelGemm.Multiply(_kernel, count, _f, _o, scratch.PackedDy, _packedW, t.Grad[Index], 0, _f, accumulate: false);
        }
    }
}
