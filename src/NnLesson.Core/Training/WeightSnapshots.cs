using NnLesson.Core.Networks;

namespace NnLesson.Core.Training;

/// <summary>A copy of the network after <see cref="Epoch"/> gradient steps (0 = the untrained network).</summary>
public sealed record WeightSnapshot(int Epoch, TwoLayerMlp Network);

/// <summary>
/// Copies of the weights at chosen epochs, taken by a trainer while it runs (an animation of training
/// needs the network as it was, not only the losses). Epoch e means "after e steps", the indexing of
/// <see cref="TrainingHistory"/>, so snapshot e and history entry e describe the same network.
/// </summary>
public sealed class WeightSnapshots
{
    private readonly HashSet<int> _wanted;
    private readonly List<WeightSnapshot> _taken = [];

    /// <param name="epochs">The epochs to keep (0 … the number of epochs trained); others are ignored.</param>
    public WeightSnapshots(IEnumerable<int> epochs)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        _wanted = [.. epochs];
        if (_wanted.Any(e => e < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "Snapshot epochs are step counts: 0 or more.");
        }
    }

    /// <summary>The snapshots taken so far, in the order the trainer reached them (increasing epoch).</summary>
    public IReadOnlyList<WeightSnapshot> Taken => _taken;

    /// <summary>
    /// <paramref name="count"/> epochs from 0 to <paramref name="epochs"/> (both included), placed at
    /// e_k = round(E·(k/K)²): dense at the start, where the loss falls fastest and the boundary moves most.
    /// </summary>
    public static int[] Spread(int epochs, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var k = count - 1;
        return [.. Enumerable.Range(0, count).Select(i => (int)Math.Round(epochs * (double)i * i / ((double)k * k))).Distinct()];
    }

    /// <summary>Called by a trainer after <paramref name="epoch"/> steps; copies <paramref name="mlp"/> if that epoch was asked for.</summary>
    public void Offer(int epoch, TwoLayerMlp mlp)
    {
        if (_wanted.Contains(epoch))
        {
            _taken.Add(new WeightSnapshot(epoch, mlp.Clone()));
        }
    }
}
