using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>One step of (full-batch) gradient descent: every parameter moves against its gradient, W ← W − η·∂L/∂W.</summary>
public static class GradientDescent
{
    public static void Step(TwoLayerMlp mlp, MlpGradients gradients, double learningRate)
    {
        var parameters = mlp.ParameterTensors;
        var grads = gradients.Tensors;
        for (var t = 0; t < parameters.Count; t++)
        {
            var (name, w) = parameters[t];
            var dw = grads[t].Values;
            if (dw.Length != w.Length)
            {
                throw new ArgumentException($"Gradient of {name} has {dw.Length} values, the parameter has {w.Length}.");
            }
            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= learningRate * dw[i];
            }
        }
    }
}
