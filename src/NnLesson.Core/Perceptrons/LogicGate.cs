namespace NnLesson.Core.Perceptrons;

/// <summary>One row of a truth table: the inputs (x₁, x₂) and the target output t (0 or 1).</summary>
public readonly record struct TruthRow(double X1, double X2, int Target);

/// <summary>
/// A two-input logic function given by its truth table: four rows, inputs in the order
/// (0,0), (0,1), (1,0), (1,1). The perceptron visits the rows in this order in every epoch.
/// </summary>
public sealed record LogicGate(string Name, IReadOnlyList<TruthRow> Rows);
