namespace NnLesson.Core.Perceptrons;

/// <summary>
/// What training a perceptron on one logic gate produced.
/// <see cref="History"/>: one <see cref="PerceptronEpoch"/> per epoch run, in order; its last row has
/// 0 errors exactly when <see cref="Converged"/>.
/// </summary>
public sealed record PerceptronTrainingResult(
    LogicGate Gate,
    double LearningRate,
    int MaxEpochs,
    Perceptron Initial,
    Perceptron Trained,
    IReadOnlyList<PerceptronEpoch> History)
{
    /// <summary>Every update that changed the weights, in order (the line's moves); the last one's weights are <see cref="Trained"/>'s.</summary>
    public IReadOnlyList<PerceptronUpdate> Updates { get; init; } = [];

    /// <summary>True if some epoch had no errors: the learned line separates the gate's two classes.</summary>
    public bool Converged => History.Count > 0 && History[^1].Errors == 0;

    /// <summary>Epochs run, counting the final error-free one when training converged.</summary>
    public int Epochs => History.Count;

    /// <summary>Indices of the truth-table rows the trained perceptron still gets wrong (empty when converged).</summary>
    public IReadOnlyList<int> MisclassifiedRows() =>
        Enumerable.Range(0, Gate.Rows.Count)
            .Where(i => Trained.Predict(Gate.Rows[i].X1, Gate.Rows[i].X2) != Gate.Rows[i].Target)
            .ToArray();
}
