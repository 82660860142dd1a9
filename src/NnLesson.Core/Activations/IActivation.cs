namespace NnLesson.Core.Activations;

/// <summary>
/// An element-wise activation a = f(z) and its derivative f′(z), which backpropagation multiplies
/// into the incoming gradient (chain rule: ∂L/∂z = ∂L/∂a · f′(z)).
/// </summary>
public interface IActivation
{
    /// <summary>Short name used in figures and the command line: "sigmoid", "tanh", "relu".</summary>
    string Name { get; }

    /// <summary>The formula as shown on the slide, e.g. "σ(z) = 1 / (1 + e^(−z))".</summary>
    string Formula { get; }

    double Value(double z);

    double Derivative(double z);
}
