using NnLesson.Core.Training.Fast;
using NnLesson.Core.Datasets;
using NnLesson.Core.Training;

namespace NnLesson.Core.Tests.Training;

/// <summary>Weight snapshots taken during training (the frames of slide 5's training animation).</summary>
public class WeightSnapshotsTests
{
    [Fact]
    public void The_last_snapshot_is_the_trained_network_and_the_first_the_untrained_one()
    {
        var setup = TrainingSetup.Create(DatasetKind.Moons, 200, 0.2, 8, seed: 5);
        var initial = setup.Network.Clone();
        var trained = setup.Network.Clone();
        var snapshots = new WeightSnapshots(WeightSnapshots.Spread(150, 12));

        var history = FastMlpTrainer.Train(trained, setup.Data.Train, setup.Data.Validation, new TrainingSettings(150, 0.5), snapshots: snapshots);

        Assert.Equal(WeightSnapshots.Spread(150, 12), snapshots.Taken.Select(s => s.Epoch));
        Assert.Equal(0, snapshots.Taken[0].Epoch);
        Assert.Equal(150, snapshots.Taken[^1].Epoch);
        AssertSameWeights(initial, snapshots.Taken[0].Network);
        AssertSameWeights(trained, snapshots.Taken[^1].Network);
        // A snapshot is a copy: training on did not change an earlier one.
        Assert.NotEqual(trained.W1.Data, snapshots.Taken[1].Network.W1.Data);

        // Snapshot e is the network whose training loss history entry e measured.
        foreach (var snapshot in snapshots.Taken)
        {
            var pass = snapshot.Network.Forward(setup.Data.Train.X);
            var loss = NnLesson.Core.Losses.BinaryCrossEntropy.FromLogits(pass.Z2.Data, setup.Data.Train.Targets.Data);
            Assert.Equal(history.TrainLoss[snapshot.Epoch], loss, 1e-12);
        }
    }

    [Fact]
    public void Readable_and_fast_trainers_take_the_same_snapshots()
    {
        var setup = TrainingSetup.Create(DatasetKind.Circles, 120, 0.1, 6, seed: 9);
        var (slow, fast) = (setup.Network.Clone(), setup.Network.Clone());
        var (slowShots, fastShots) = (new WeightSnapshots([0, 3, 40]), new WeightSnapshots([0, 3, 40]));
        var settings = new TrainingSettings(40, 0.3);

        MlpTrainer.Train(slow, setup.Data.Train, null, settings, snapshots: slowShots);
        FastMlpTrainer.Train(fast, setup.Data.Train, null, settings, snapshots: fastShots);

        Assert.Equal([0, 3, 40], slowShots.Taken.Select(s => s.Epoch));
        Assert.Equal([0, 3, 40], fastShots.Taken.Select(s => s.Epoch));
        for (var i = 0; i < 3; i++)
        {
            var (a, b) = (slowShots.Taken[i].Network.ParameterTensors, fastShots.Taken[i].Network.ParameterTensors);
            for (var t = 0; t < a.Count; t++)
            {
                for (var j = 0; j < a[t].Values.Length; j++)
                {
                    Assert.Equal(a[t].Values[j], b[t].Values[j], 1e-12);
                }
            }
        }
    }

    [Theory]
    [InlineData(2000, 25)]
    [InlineData(10, 25)]
    [InlineData(1, 2)]
    public void Spread_starts_at_zero_ends_at_the_last_epoch_and_increases(int epochs, int count)
    {
        var spread = WeightSnapshots.Spread(epochs, count);
        Assert.Equal(0, spread[0]);
        Assert.Equal(epochs, spread[^1]);
        Assert.True(spread.Zip(spread.Skip(1)).All(p => p.First < p.Second));
        Assert.True(spread.Length <= count);
    }

    private static void AssertSameWeights(NnLesson.Core.Networks.TwoLayerMlp expected, NnLesson.Core.Networks.TwoLayerMlp actual)
    {
        var (e, a) = (expected.ParameterTensors, actual.ParameterTensors);
        for (var t = 0; t < e.Count; t++)
        {
            Assert.Equal(e[t].Values, a[t].Values);
        }
    }
}
