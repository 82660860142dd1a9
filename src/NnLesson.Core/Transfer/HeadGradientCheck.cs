using NnLesson.Core.Training;

namespace NnLesson.Core.Transfer;

/// <summary>
/// The gradient check of slide 5 (<see cref="GradientCheck"/>) for the softmax head: for every entry w of
/// W and b, the central difference n = (L(w + h) − L(w − h)) / (2h) against the analytical ∂L/∂w of
/// <see cref="SoftmaxHead.Backward"/>, relative error |a − n| / max(|a| + |n|, tiny), worst per tensor.
/// Softmax and log-sum-exp are smooth, so a correct gradient gives ~1e−8 or less with h = 1e−5.
/// </summary>
public static class HeadGradientCheck
{
    /// <summary>A correct head gradient stays below this (smooth loss, double precision).</summary>
    public const double Tolerance = 1e-6;

    /// <param name="head">Its parameters are nudged and restored exactly, so it is unchanged afterwards.</param>
    /// <param name="gradients">Null: use <see cref="SoftmaxHead.Backward"/>; tests pass a deliberately wrong one.</param>
    public static GradientCheckResult Run(SoftmaxHead head, double[][] x, int[] targets, double l2, HeadGradients? gradients = null,
        double step = GradientCheck.DefaultStep)
    {
        var analytical = gradients ?? head.Backward(x, targets, l2);
        return GradientCheck.CentralDifferences([("W", head.W), ("b", head.B)], [("W", analytical.DW), ("b", analytical.DB)],
            () => head.Loss(x, targets, l2), step);
    }
}
