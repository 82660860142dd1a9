using NnLesson.Core.Linear;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// Backpropagation through a <see cref="DeepMlp"/> with sigmoid output and the loss
///   L = BCE(Y, T) + (λ/2)·Σₗ ‖Wˡ‖²      (L2 on the weights, not on the biases),
/// the chain rule from the output back to the first layer, reusing the forward pass's Zˡ and Aˡ:
///   dZ^(L+1) = (Y − T)/N                                       [N, 1]
///   dWˡ = Aˡ⁻¹ᵀ·dZˡ + λ·Wˡ,   dbˡ = Σ_batch dZˡ                 [Hₗ₋₁, Hₗ], [Hₗ]
///   dAˡ⁻¹ = dZˡ·Wˡᵀ,   dZˡ⁻¹ = dAˡ⁻¹ ⊙ f′(Zˡ⁻¹)                  [N, Hₗ₋₁]
/// With one hidden layer and λ = 0 these are <see cref="Backpropagation"/>'s lines in the same order.
/// </summary>
public static class DeepBackpropagation
{
    /// <param name="l2">λ ≥ 0; 0 leaves the plain binary cross-entropy.</param>
    public static DeepGradients Backward(DeepMlp mlp, DeepForwardPass pass, Matrix targets, double l2 = 0)
    {
        if (targets.Rows != pass.Y.Rows || targets.Cols != 1)
        {
            throw new ArgumentException($"T has shape {targets.Shape}, expected [{pass.Y.Rows}, 1].", nameof(targets));
        }
        var layers = mlp.Layers;
        var dW = new Matrix[layers.Count];
        var dB = new double[layers.Count][];

        // Output: dZ = (Y − T)/N (σ′ and the log's 1/y cancel)                                   [N, 1]
        var dZ = BinaryCrossEntropy.GradientWrtLogits(pass.Y, targets);
        for (var l = layers.Count - 1; ; l--)
        {
            var layer = layers[l];
            dW[l] = Matrix.Multiply(pass.InputOf(l).Transpose(), dZ); // Aˡ⁻¹ᵀ·dZˡ: [Hₗ₋₁, N]·[N, Hₗ] → [Hₗ₋₁, Hₗ]
            if (l2 > 0)
            {
                AddScaled(dW[l], layer.Weights, l2);                   // + λ·Wˡ, the gradient of (λ/2)‖Wˡ‖²
            }
            dB[l] = Backpropagation.SumOverBatch(dZ); // [Hₗ]
            if (l == 0)
            {
                return new DeepGradients(dW, dB);
            }
            var dA = Matrix.Multiply(dZ, layer.Weights.Transpose());   // dZˡ·Wˡᵀ: [N, Hₗ]·[Hₗ, Hₗ₋₁] → [N, Hₗ₋₁]
            dZ = TimesDerivative(dA, pass.Z[l - 1], layers[l - 1]);    // ⊙ f′(Zˡ⁻¹): [N, Hₗ₋₁]
        }
    }

    /// <summary>(λ/2)·Σₗ ‖Wˡ‖²: the L2 penalty added to the data loss.</summary>
    public static double L2Penalty(DeepMlp mlp, double l2)
    {
        if (l2 == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var layer in mlp.Layers)
        {
            foreach (var w in layer.Weights.Data)
            {
                sum += w * w;
            }
        }
        return 0.5 * l2 * sum;
    }

    /// <summary>The whole loss L = BCE(from the logits, stable) + (λ/2)·Σ‖W‖² on X: [N, inputs], T: [N, 1].</summary>
    public static double Loss(DeepMlp mlp, Matrix x, Matrix targets, double l2 = 0) =>
        BinaryCrossEntropy.FromLogits(mlp.Forward(x).Logits.Data, targets.Data) + L2Penalty(mlp, l2);

    private static void AddScaled(Matrix target, Matrix m, double scale)
    {
        for (var i = 0; i < target.Data.Length; i++)
        {
            target.Data[i] += scale * m.Data[i];
        }
    }


    /// <summary>dA ⊙ f′(Z), element-wise: the layer's local slope gates the gradient.</summary>
    private static Matrix TimesDerivative(Matrix dA, Matrix z, DenseLayer layer)
    {
        var dZ = new Matrix(dA.Rows, dA.Cols);
        for (var i = 0; i < dZ.Data.Length; i++)
        {
            dZ.Data[i] = dA.Data[i] * layer.Activation.Derivative(z.Data[i]);
        }
        return dZ;
    }
}
