namespace NnLesson.Core.Perceptrons;

/// <summary>The truth tables of slide 3. Inputs (x₁, x₂) in the order (0,0), (0,1), (1,0), (1,1).</summary>
public static class LogicGates
{
    /// <summary>AND: 1 only when both inputs are 1. Separable: the line x₁ + x₂ = 1.5 does it.</summary>
    public static readonly LogicGate And = Table("AND", 0, 0, 0, 1);

    /// <summary>OR: 1 when at least one input is 1. Separable: the line x₁ + x₂ = 0.5 does it.</summary>
    public static readonly LogicGate Or = Table("OR", 0, 1, 1, 1);

    /// <summary>XOR: 1 when the inputs differ. The class-1 points (0,1), (1,0) sit on one diagonal and the
    /// class-0 points on the other, so no single straight line separates them.</summary>
    public static readonly LogicGate Xor = Table("XOR", 0, 1, 1, 0);

    public static readonly IReadOnlyList<LogicGate> All = [And, Or, Xor];

    private static LogicGate Table(string name, int t00, int t01, int t10, int t11) =>
        new(name, [new(0, 0, t00), new(0, 1, t01), new(1, 0, t10), new(1, 1, t11)]);
}
