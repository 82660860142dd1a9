namespace NnLesson.Core.Perceptrons;

/// <summary>
/// One row of the training table: the weights at the end of epoch <see cref="Epoch"/> (1-based) and how
/// many of the four inputs were misclassified during it (each counted when visited, before its update).
/// </summary>
public readonly record struct PerceptronEpoch(int Epoch, double W1, double W2, double Bias, int Errors);
