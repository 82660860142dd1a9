using NnLesson.Core.Activations;

namespace NnLesson.Playground.Model;

/// <summary>The activation of every hidden layer the page offers (the output is always the sigmoid of BCE).</summary>
public enum HiddenActivation
{
    Relu,
    Tanh,
    Sigmoid,
}

internal static class HiddenActivations
{
    /// <summary>The function itself: φ(z) and φ′(z) for the forward and backward passes.</summary>
    public static IActivation Function(this HiddenActivation activation) => activation switch
    {
        HiddenActivation.Relu => Relu.Instance,
        HiddenActivation.Tanh => Tanh.Instance,
        HiddenActivation.Sigmoid => Sigmoid.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };
}
