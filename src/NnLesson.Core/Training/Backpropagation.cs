using NnLesson.Core.Linear;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// Backpropagation for the two-layer MLP with sigmoid output and binary cross-entropy: the chain rule
/// applied from the loss back to every parameter, reusing what the forward pass cached (H, Z1, Y).
/// Written with the slide's formulas one per line; N = batch size.
/// </summary>
public static class Backpropagation
{
    public static MlpGradients Backward(TwoLayerMlp mlp, MlpForwardPass pass, Matrix targets)
    {
        if (targets.Rows != pass.Y.Rows || targets.Cols != 1)
        {
            throw new ArgumentException($"T has shape {targets.Shape}, expected [{pass.Y.Rows}, 1].", nameof(targets));
        }

        // Output layer. dZ2 = (Y − T) / N                                       [N, 1]
        var dZ2 = BinaryCrossEntropy.GradientWrtLogits(pass.Y, targets);
        // dW2 = Hᵀ · dZ2                         [hidden, N]·[N, 1]             → [hidden, 1]
        var dW2 = Matrix.Multiply(pass.H.Transpose(), dZ2);
        // db2 = Σ over the batch of dZ2                                          [1]
        var db2 = SumOverBatch(dZ2);

        // Back through W2 into the hidden layer. dH = dZ2 · W2ᵀ   [N, 1]·[1, hidden] → [N, hidden]
        var dH = Matrix.Multiply(dZ2, mlp.W2.Transpose());
        // dZ1 = dH ⊙ f′(Z1), element-wise; for ReLU f′(z) = 1 if z > 0 else 0    [N, hidden]
        var dZ1 = ElementwiseTimesDerivative(dH, pass.Z1, mlp);
        // dW1 = Xᵀ · dZ1                         [inputs, N]·[N, hidden]        → [inputs, hidden]
        var dW1 = Matrix.Multiply(pass.X.Transpose(), dZ1);
        // db1 = Σ over the batch of dZ1                                          [hidden]
        var db1 = SumOverBatch(dZ1);

        return new MlpGradients(dW1, db1, dW2, db2);
    }

    /// <summary>Column sums of M: [N, cols] → [cols]: a bias is added to every row, so its gradient adds up every row's.</summary>
    internal static double[] SumOverBatch(Matrix m)
    {
        var sums = new double[m.Cols];
        for (var r = 0; r < m.Rows; r++)
        {
            var row = m.Row(r);
            for (var c = 0; c < m.Cols; c++)
            {
                sums[c] += row[c];
            }
        }
        return sums;
    }

    /// <summary>dH ⊙ f′(Z1): the hidden activation's local slope gates the gradient (ReLU: passes it or blocks it).</summary>
    private static Matrix ElementwiseTimesDerivative(Matrix dH, Matrix z1, TwoLayerMlp mlp)
    {
        var dZ1 = new Matrix(dH.Rows, dH.Cols);
        for (var i = 0; i < dZ1.Data.Length; i++)
        {
            dZ1.Data[i] = dH.Data[i] * mlp.HiddenActivation.Derivative(z1.Data[i]);
        }
        return dZ1;
    }
}
