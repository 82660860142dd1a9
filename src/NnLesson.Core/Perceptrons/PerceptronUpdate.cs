namespace NnLesson.Core.Perceptrons;

/// <summary>
/// One application of the perceptron rule that changed the weights: in epoch <see cref="Epoch"/> (1-based),
/// truth-table row <see cref="Row"/> (0-based) was answered wrong (error t − y = <see cref="Error"/>, ±1), and
/// w ← w + lr·(t − y)·x, b ← b + lr·(t − y) moved the line to <see cref="W1"/>, <see cref="W2"/>, <see cref="Bias"/>.
/// Rows answered right change nothing and have no entry: these are exactly the moves of the decision line.
/// </summary>
public readonly record struct PerceptronUpdate(int Epoch, int Row, int Error, double W1, double W2, double Bias);
