using NnLesson.Core.Linear;
using NnLesson.Core.Losses;
using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>
/// Checks backpropagation against the definition of a derivative. For every single parameter w:
///   numerical  n = (L(w + h) − L(w − h)) / (2h)          (central difference, error O(h²))
///   analytical a = the backpropagated ∂L/∂w
///   relative error = |a − n| / max(|a| + |n|, tiny)
/// and reports the worst one per tensor (W1, b1, W2, b2). With h = 1e−5 in double precision a correct
/// gradient gives ~1e−8 or less for smooth activations; ReLU is only checked honestly away from its kink
/// at 0, where a step of h can switch a unit on or off.
/// </summary>
public static class GradientCheck
{
    public const double DefaultStep = 1e-5;

    /// <summary>Guards the division when both derivatives are (almost) zero, e.g. for a unit that is off for every sample.</summary>
    public const double Tiny = 1e-12;

    /// <param name="mlp">The network; its parameters are nudged and restored exactly, so it is unchanged afterwards.</param>
    /// <param name="x">X: [N, inputs].</param>
    /// <param name="targets">T: [N, 1].</param>
    public static GradientCheckResult Run(TwoLayerMlp mlp, Matrix x, Matrix targets, double step = DefaultStep) =>
        Run(mlp, x, targets, Backpropagation.Backward(mlp, mlp.Forward(x), targets), step);

    /// <summary>
    /// Checks <paramref name="gradients"/> (any claimed ∂L/∂W1, ∂L/∂b1, ∂L/∂W2, ∂L/∂b2) against central differences of
    /// the mean BCE loss: the seam a test uses to hand in a wrong gradient (say, one that forgot the 1/N) and see it caught.
    /// </summary>
    /// <param name="mlp">The network; its parameters are nudged and restored exactly, so it is unchanged afterwards.</param>
    /// <param name="x">X: [N, inputs].</param>
    /// <param name="targets">T: [N, 1].</param>
    /// <param name="gradients">The gradients to check, shaped like the parameters.</param>
    /// <param name="step">h of the central difference.</param>
    public static GradientCheckResult Run(TwoLayerMlp mlp, Matrix x, Matrix targets, MlpGradients gradients, double step = DefaultStep) =>
        CentralDifferences(mlp.ParameterTensors, gradients.Tensors, () => Loss(mlp, x, targets), step);

    /// <summary>
    /// The check itself, for any network: each parameter w of each tensor nudged to w + h and w − h (and restored
    /// exactly), the loss evaluated at both, n = (L(w + h) − L(w − h)) / (2h) set against the claimed gradient a;
    /// the worst relative error per tensor.
    /// </summary>
    /// <param name="parameters">The network's tensors, changed in place while the loss is evaluated.</param>
    /// <param name="analytical">The claimed ∂L/∂w, shaped and ordered like <paramref name="parameters"/>.</param>
    /// <param name="loss">L at the parameters' current values.</param>
    internal static GradientCheckResult CentralDifferences(IReadOnlyList<(string Name, double[] Values)> parameters,
        IReadOnlyList<(string Name, double[] Values)> analytical, Func<double> loss, double step)
    {
        var tensors = new List<TensorCheck>(parameters.Count);
        for (var t = 0; t < parameters.Count; t++)
        {
            var (name, w) = parameters[t];
            var worst = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                var original = w[i];
                w[i] = original + step;
                var lossPlus = loss();
                w[i] = original - step;
                var lossMinus = loss();
                w[i] = original;
                var numerical = (lossPlus - lossMinus) / (2 * step);
                worst = Math.Max(worst, RelativeError(analytical[t].Values[i], numerical));
            }
            tensors.Add(new TensorCheck(name, w.Length, worst));
        }
        return new GradientCheckResult(tensors);
    }

    /// <summary>|a − n| / max(|a| + |n|, tiny).</summary>
    public static double RelativeError(double analytical, double numerical) =>
        Math.Abs(analytical - numerical) / Math.Max(Math.Abs(analytical) + Math.Abs(numerical), Tiny);

    private static double Loss(TwoLayerMlp mlp, Matrix x, Matrix targets) =>
        BinaryCrossEntropy.FromLogits(mlp.Forward(x).Z2.Data, targets.Data);
}

/// <summary>The worst relative error among the <see cref="Count"/> entries of one parameter tensor.</summary>
public sealed record TensorCheck(string Name, int Count, double MaxRelativeError);

/// <summary>Per-tensor results in the order W1, b1, W2, b2, and the worst over all of them.</summary>
public sealed record GradientCheckResult(IReadOnlyList<TensorCheck> Tensors)
{
    public double MaxRelativeError => Tensors.Max(t => t.MaxRelativeError);
}
