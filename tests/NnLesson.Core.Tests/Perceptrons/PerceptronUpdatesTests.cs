using NnLesson.Core.Perceptrons;

namespace NnLesson.Core.Tests.Perceptrons;

/// <summary>The per-update history (the moves of the decision line that slide 3's animation draws).</summary>
public class PerceptronUpdatesTests
{
    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2024)]
    public void Replaying_the_updates_by_hand_reproduces_every_recorded_weight_and_ends_at_the_trained_perceptron(int seed)
    {
        foreach (var gate in LogicGates.All)
        {
            var result = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(seed)), gate);

            // One update per error counted in the epoch table, in epoch order.
            Assert.Equal(result.History.Sum(e => e.Errors), result.Updates.Count);
            foreach (var epoch in result.History)
            {
                Assert.Equal(epoch.Errors, result.Updates.Count(u => u.Epoch == epoch.Epoch));
            }

            // The rule written out independently: w += lr·(t − y)·x with the error the update recorded.
            double w1 = result.Initial.W1, w2 = result.Initial.W2, b = result.Initial.Bias;
            foreach (var update in result.Updates)
            {
                var row = gate.Rows[update.Row];
                var y = w1 * row.X1 + w2 * row.X2 + b >= 0 ? 1 : 0;
                Assert.Equal(row.Target - y, update.Error);
                Assert.NotEqual(0, update.Error);
                w1 += result.LearningRate * update.Error * row.X1;
                w2 += result.LearningRate * update.Error * row.X2;
                b += result.LearningRate * update.Error;
                Assert.Equal((w1, w2, b), (update.W1, update.W2, update.Bias));
            }
            Assert.Equal((result.Trained.W1, result.Trained.W2, result.Trained.Bias), (w1, w2, b));
        }
    }

    [Fact]
    public void A_start_that_already_computes_the_gate_has_no_updates()
    {
        // z = x1 + x2 − 1.5 is AND already: the first epoch is clean and the line never moves.
        var result = PerceptronTraining.Train(new Perceptron(1, 1, -1.5), LogicGates.And);
        Assert.Empty(result.Updates);
        Assert.True(result.Converged);
    }
}
