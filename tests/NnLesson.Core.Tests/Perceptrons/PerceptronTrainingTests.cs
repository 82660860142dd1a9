using NnLesson.Core.Perceptrons;

namespace NnLesson.Core.Tests.Perceptrons;

public class PerceptronTrainingTests
{
    private const int Seeds = 500;

    [Fact]
    public void And_from_zero_weights_with_lr_1_follows_the_hand_computed_trace()
    {
        // Worked by hand (integers, so exact in floating point), rows visited (0,0), (0,1), (1,0), (1,1):
        // epoch 1: (0,0) z=0→y=1 wrong, b=−1; (1,1) z=−1→y=0 wrong, w=(1,1), b=0.       → (1, 1, 0),  2 errors
        // epoch 2: (0,0) wrong b=−1; (0,1) z=0 wrong w₂=0 b=−2; (1,1) z=−1 wrong.          → (2, 1, −1), 3 errors
        // epoch 3: (0,1) z=0 wrong; (1,0) z=0 wrong; (1,1) z=−2 wrong.                     → (2, 1, −2), 3 errors
        // epoch 4: (1,0) z=0 wrong w₁=1 b=−3; (1,1) z=−1 wrong.                            → (2, 2, −2), 2 errors
        // epoch 5: (0,1) z=0 wrong w₂=1 b=−3; (1,1) z=0 → y=1 right.                       → (2, 1, −3), 1 error
        // epoch 6: z = −3, −2, −1, 0 → 0, 0, 0, 1: all right.                               → (2, 1, −3), 0 errors
        var result = PerceptronTraining.Train(new Perceptron(0, 0, 0), LogicGates.And, learningRate: 1.0);
        PerceptronEpoch[] expected =
        [
            new(1, 1, 1, 0, 2),
            new(2, 2, 1, -1, 3),
            new(3, 2, 1, -2, 3),
            new(4, 2, 2, -2, 2),
            new(5, 2, 1, -3, 1),
            new(6, 2, 1, -3, 0),
        ];
        Assert.Equal(expected, result.History);
        Assert.True(result.Converged);
        Assert.Equal(6, result.Epochs);
        Assert.Equal((2.0, 1.0, -3.0), (result.Trained.W1, result.Trained.W2, result.Trained.Bias));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR")]
    public void Learns_the_separable_gates_for_every_seed(string name)
    {
        var gate = LogicGates.All.Single(g => g.Name == name);
        for (var seed = 0; seed < Seeds; seed++)
        {
            var result = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(seed)), gate);
            Assert.True(result.Converged, $"{name}, seed {seed}: not converged in {result.Epochs} epochs.");
            Assert.True(result.Epochs < PerceptronTraining.DefaultMaxEpochs, $"{name}, seed {seed}: used every epoch.");
            // The claim itself: the learned line puts all four inputs on the right side.
            foreach (var row in gate.Rows)
            {
                Assert.Equal(row.Target, result.Trained.Predict(row.X1, row.X2));
            }
            Assert.Empty(result.MisclassifiedRows());
            Assert.Equal(0, result.History[^1].Errors);
            Assert.All(result.History.SkipLast(1), e => Assert.True(e.Errors > 0));
        }
    }

    [Fact]
    public void Never_learns_xor_for_any_seed()
    {
        // The teaching claim of the slide: one straight line cannot split XOR, so every epoch has errors.
        for (var seed = 0; seed < Seeds; seed++)
        {
            var result = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(seed)), LogicGates.Xor);
            Assert.False(result.Converged, $"seed {seed}");
            Assert.Equal(PerceptronTraining.DefaultMaxEpochs, result.Epochs);
            Assert.All(result.History, e => Assert.True(e.Errors >= 1, $"seed {seed}, epoch {e.Epoch}: {e.Errors} errors"));
            Assert.NotEmpty(result.MisclassifiedRows());
        }
    }

    [Fact]
    public void Xor_fails_with_other_learning_rates_and_longer_training_too()
    {
        foreach (var lr in new[] { 0.01, 0.5, 1.0 })
        {
            for (var seed = 0; seed < 20; seed++)
            {
                var result = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(seed)), LogicGates.Xor, lr, maxEpochs: 1000);
                Assert.False(result.Converged, $"lr {lr}, seed {seed}");
            }
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_history_and_different_seeds_differ()
    {
        foreach (var gate in LogicGates.All)
        {
            var a = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(42)), gate);
            var b = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(42)), gate);
            var c = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(7)), gate);
            Assert.Equal(a.History, b.History);
            Assert.NotEqual(a.History, c.History);
        }
    }

    [Fact]
    public void Training_leaves_the_initial_perceptron_unchanged_and_records_it()
    {
        var start = new Perceptron(0.1, -0.2, 0.3);
        var result = PerceptronTraining.Train(start, LogicGates.Or);
        Assert.Equal((0.1, -0.2, 0.3), (start.W1, start.W2, start.Bias));
        Assert.Equal((0.1, -0.2, 0.3), (result.Initial.W1, result.Initial.W2, result.Initial.Bias));
        var last = result.History[^1];
        Assert.Equal((last.W1, last.W2, last.Bias), (result.Trained.W1, result.Trained.W2, result.Trained.Bias));
        Assert.Equal(Enumerable.Range(1, result.Epochs), result.History.Select(e => e.Epoch));
    }

    [Fact]
    public void Nonsense_settings_are_refused()
    {
        var p = new Perceptron(0, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronTraining.Train(p, LogicGates.And, learningRate: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronTraining.Train(p, LogicGates.And, learningRate: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronTraining.Train(p, LogicGates.And, maxEpochs: 0));
    }

    [Fact]
    public void Truth_tables_are_the_logic_functions()
    {
        foreach (var gate in LogicGates.All)
        {
            Assert.Equal([(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)], gate.Rows.Select(r => (r.X1, r.X2)));
        }
        Assert.Equal([0, 0, 0, 1], LogicGates.And.Rows.Select(r => r.Target));
        Assert.Equal([0, 1, 1, 1], LogicGates.Or.Rows.Select(r => r.Target));
        Assert.Equal([0, 1, 1, 0], LogicGates.Xor.Rows.Select(r => r.Target));
    }
}
