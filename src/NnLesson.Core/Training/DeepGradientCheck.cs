using NnLesson.Core.Linear;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// <see cref="GradientCheck"/> for a <see cref="DeepMlp"/> and the L2-regularised loss: for every single parameter w,
/// the backpropagated ∂L/∂w against the central difference (L(w + h) − L(w − h)) / (2h); the worst relative
/// error |a − n| / max(|a| + |n|, tiny) per tensor (W1, b1, W2, b2, …).
/// </summary>
internal static class DeepGradientCheck
{
    /// <param name="mlp">Nudged and restored exactly: unchanged afterwards.</param>
    /// <param name="x">X: [N, inputs].</param>
    /// <param name="targets">T: [N, 1].</param>
    /// <param name="l2">λ of the penalty (λ/2)·Σ‖W‖².</param>
    public static GradientCheckResult Run(DeepMlp mlp, Matrix x, Matrix targets, double l2 = 0, double step = GradientCheck.DefaultStep) =>
        GradientCheck.CentralDifferences(mlp.ParameterTensors, DeepBackpropagation.Backward(mlp, mlp.Forward(x), targets, l2).Tensors,
            () => DeepBackpropagation.Loss(mlp, x, targets, l2), step);
}
