using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// Mini-batch stochastic gradient descent with momentum (the form PyTorch's SGD uses):
/// <code>v ← μ·v + g        (velocity: a running sum of past gradients, each older one weighted μ less)
/// θ ← θ − η·v</code>
/// θ, g, v: any tensor, element by element. With μ = 0 it is plain gradient descent θ ← θ − η·g; with μ = 0.9
/// a direction the gradients agree on builds up to ~10× the step, while zig-zags across a valley cancel out.
/// </summary>
public static class SgdMomentum
{
    public static void Step(Span<double> parameters, ReadOnlySpan<double> gradient, Span<double> velocity, double learningRate, double momentum)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            velocity[i] = momentum * velocity[i] + gradient[i];
            parameters[i] -= learningRate * velocity[i];
        }
    }

    /// <summary>The same update in float32 with SIMD (the fast path).</summary>
    public static void Step(Span<float> parameters, ReadOnlySpan<float> gradient, Span<float> velocity, float learningRate, float momentum)
    {
        TensorPrimitives.MultiplyAdd(velocity, momentum, gradient, velocity);          // v = μ·v + g
        TensorPrimitives.MultiplyAdd(velocity, -learningRate, parameters, parameters); // θ = θ − η·v
    }
}
