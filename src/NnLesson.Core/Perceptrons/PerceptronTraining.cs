namespace NnLesson.Core.Perceptrons;

/// <summary>
/// The perceptron learning algorithm on a truth table: in every epoch visit the four rows in order and
/// apply the rule w ← w + lr·(t − y)·x, b ← b + lr·(t − y) to each; stop after the first epoch with no
/// errors (converged) or after <c>maxEpochs</c>.
/// By the perceptron convergence theorem (Rosenblatt 1962, Novikoff 1962) this stops for any separable
/// table such as AND and OR; for XOR no weights classify all four rows, so no epoch is ever error-free
/// and training runs until <c>maxEpochs</c>.
/// </summary>
public static class PerceptronTraining
{
    /// <summary>The slide's learning rate lr: each correction moves the weights by 0.1·x.</summary>
    public const double DefaultLearningRate = 0.1;

    /// <summary>The slide's epoch limit: AND and OR need far fewer; XOR uses them all.</summary>
    public const int DefaultMaxEpochs = 100;

    /// <summary>
    /// Trains a copy of <paramref name="initial"/> (which is left unchanged) on <paramref name="gate"/>.
    /// Deterministic: the same initial weights give the same history.
    /// </summary>
    public static PerceptronTrainingResult Train(
        Perceptron initial, LogicGate gate, double learningRate = DefaultLearningRate, int maxEpochs = DefaultMaxEpochs)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(gate);
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive number.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEpochs, 1);

        var perceptron = initial.Clone();
        var history = new List<PerceptronEpoch>();
        var updates = new List<PerceptronUpdate>();
        for (var epoch = 1; epoch <= maxEpochs; epoch++)
        {
            var errors = 0;
            for (var r = 0; r < gate.Rows.Count; r++)
            {
                var row = gate.Rows[r];
                var error = perceptron.Learn(row.X1, row.X2, row.Target, learningRate);
                if (error != 0)
                {
                    errors++;
                    updates.Add(new PerceptronUpdate(epoch, r, error, perceptron.W1, perceptron.W2, perceptron.Bias));
                }
            }
            history.Add(new PerceptronEpoch(epoch, perceptron.W1, perceptron.W2, perceptron.Bias, errors));
            if (errors == 0)
            {
                break; // A clean pass changed nothing, so these weights classify every row correctly.
            }
        }
        return new PerceptronTrainingResult(gate, learningRate, maxEpochs, initial.Clone(), perceptron, history) { Updates = updates };
    }
}
