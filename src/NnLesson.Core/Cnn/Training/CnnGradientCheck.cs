using NnLesson.Core.Training;

namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// Backpropagation through a CNN checked against the definition of a derivative, in double precision. For a parameter
/// (or input) value θ: numerical n = (L(θ + h) − L(θ − h)) / (2h), analytical a = the backpropagated ∂L/∂θ,
/// relative error |a − n| / max(|a| + |n|, tiny) (as in <see cref="GradientCheck"/>); the worst per tensor.
/// <see cref="Network"/> checks the mean softmax cross-entropy of the whole network; <see cref="Layer"/> checks one layer
/// alone under the loss L = Σ r ⊙ y with fixed random r (so ∂L/∂y = r), its parameters and its input.
/// Every value is checked unless <c>perTensor</c> is given: then that many, chosen with the seeded random (the slide's
/// LeNet has 50 000 weights; a check of each one would take minutes).
/// </summary>
public static class CnnGradientCheck
{
    public const double DefaultStep = 1e-5;

    /// <param name="includeInput">Also check ∂L/∂x. Off for real images: their flat background makes equal neighbours, and a
    /// nudge of one pixel breaks a max-pool tie one way only (a kink), while a weight moves tied values alike.</param>
    public static GradientCheckResult Network(Network network, Batch x, int[] labels, Random random, int? perTensor = null, double step = DefaultStep,
        bool includeInput = true)
    {
        var (_, dx) = network.LossAndGradients(x, labels);
        double Loss() => network.Loss(x, labels);
        var checks = network.Parameters
            .Select(p => Check(p.Name, p.Values, (double[])p.Gradient.Clone(), Loss, random, perTensor, step))
            .ToList();
        if (includeInput)
        {
            checks.Add(Check("x", x.Data, dx.Data, Loss, random, perTensor, step));
        }
        return new GradientCheckResult(checks);
    }

    public static GradientCheckResult Layer(ILayer layer, Batch x, Random random, double step = DefaultStep)
    {
        var y = layer.Forward(x);
        var r = new Batch(y.Count, y.Channels, y.Height, y.Width);
        for (var i = 0; i < r.Data.Length; i++)
        {
            r.Data[i] = random.NextDouble() * 2 - 1;
        }
        foreach (var p in layer.Parameters)
        {
            Array.Clear(p.Gradient);
        }
        var dx = layer.Backward(r);
        double Loss()
        {
            var output = layer.Forward(x).Data;
            var sum = 0.0;
            for (var i = 0; i < output.Length; i++)
            {
                sum += r.Data[i] * output[i];
            }
            return sum;
        }
        var checks = layer.Parameters
            .Select(p => Check(p.Name, p.Values, (double[])p.Gradient.Clone(), Loss, random, null, step))
            .Append(Check("x", x.Data, dx.Data, Loss, random, null, step))
            .ToList();
        return new GradientCheckResult(checks);
    }

    private static TensorCheck Check(string name, double[] values, double[] analytical, Func<double> loss, Random random, int? perTensor, double step)
    {
        var indices = perTensor is { } k && k < values.Length
            ? Enumerable.Range(0, k).Select(_ => random.Next(values.Length)).ToArray()
            : Enumerable.Range(0, values.Length).ToArray();
        var worst = 0.0;
        foreach (var i in indices)
        {
            var original = values[i];
            values[i] = original + step;
            var plus = loss();
            values[i] = original - step;
            var minus = loss();
            values[i] = original; // restored exactly: the network is unchanged afterwards
            worst = Math.Max(worst, GradientCheck.RelativeError(analytical[i], (plus - minus) / (2 * step)));
        }
        return new TensorCheck(name, indices.Length, worst);
    }
}
