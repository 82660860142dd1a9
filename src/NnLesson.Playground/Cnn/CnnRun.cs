using System.Numerics.Tensors;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Slides.Lessons;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// One live training of <c>train-cnn</c>'s LeNet-style network on a session's own weights, one unit of work at a time so a
/// session can pace it (<see cref="CnnPacer"/>) and show it between units:
/// <code>
/// network   CnnArchitecture.LeNet(C1, C2, 120, K): [1, 28, 28] → conv 5×5 → ReLU → pool → conv 5×5 → ReLU → pool → dense → ReLU → dense
/// start     He initialisation from Random(seed); each epoch visits the training images in a SeededShuffle order
/// step      a batch of B images (each mirrored left–right with probability ½, as train-cnn), its mean cross-entropy L,
///           SGD with momentum: v ← μ·v + ∂L/∂θ, θ ← θ − η·v (FastCnnTrainer.Step, one thread), η constant
/// measure   before the first step and every QuickTestEvery batches: accuracy on the first QuickTestImages test images;
///           at the end of every epoch: on all of them. An evaluation runs in slices and holds the training until it is done,
///           so it scores the network as it was at its step.
/// </code>
/// </summary>
internal sealed class CnnRun
{
    private readonly CnnData _data;
    private readonly FastCnnTrainer _trainer;
    private readonly Random _random;
    private readonly bool[] _mirrored = new bool[CnnLimits.MaxBatch];
    private readonly List<float> _losses = [];
    private readonly Queue<EvaluationMessage> _measured = new();
    private int[] _order;
    private int _position;
    private Evaluation? _evaluating;
    private readonly Queue<EvaluationKind> _toEvaluate = new();

    public CnnRun(CnnData data, CnnSettings settings)
    {
        _data = data;
        Settings = settings;
        var (c1, c2) = settings.Filters;
        Architecture = CnnArchitecture.LeNet(c1, c2, TrainCnnOptions.Hidden, data.Classes, data.Train.Height, data.Train.Width);
        var weights = CnnWeights.HeInitialised(Architecture, new Random(settings.Seed));
        _trainer = new FastCnnTrainer(weights, CnnLimits.MaxBatch, threads: 1) { Normalisation = data.Normalisation };
        _random = new Random(settings.Seed + 1);
        _order = SeededShuffle.Permutation(data.Train.Count, _random);
        _toEvaluate.Enqueue(EvaluationKind.Quick); // the untrained network: about 1/K right
    }

    /// <summary>η and B may change during the run (<see cref="UpdateLive"/>); the filters and the seed never do.</summary>
    public CnnSettings Settings { get; private set; }

    public CnnArchitecture Architecture { get; }

    public CnnWeights Weights => _trainer.Weights;

    public FastCnnTrainer Trainer => _trainer;

    public CnnData Data => _data;

    /// <summary>Batches trained.</summary>
    public long Step { get; private set; }

    /// <summary>Whole epochs trained.</summary>
    public int Epoch { get; private set; }

    /// <summary>Epochs trained, as a fraction (images seen / training images).</summary>
    public double Epochs => Epoch + _position / (double)_data.Train.Count;

    /// <summary>The mean loss of every batch trained, in order (entry s: batch s + 1).</summary>
    public IReadOnlyList<float> Losses => _losses;

    public bool Diverged { get; private set; }

    /// <summary>All <see cref="CnnLimits.MaxEpochs"/> epochs trained and measured.</summary>
    public bool Finished => Epoch >= CnnLimits.MaxEpochs && _evaluating is null && _toEvaluate.Count == 0;

    public bool CanWork => !Diverged && !Finished;

    public int StepsPerEpoch => (_data.Train.Count + Settings.Batch - 1) / Settings.Batch;

    public void UpdateLive(CnnSettings settings) => Settings = settings;

    /// <summary>Evaluations finished since the last call, oldest first.</summary>
    public IEnumerable<EvaluationMessage> TakeMeasured()
    {
        while (_measured.TryDequeue(out var m))
        {
            yield return m;
        }
    }

    /// <summary>One unit: a slice of the pending evaluation, else one batch. False when there is nothing left to do.</summary>
    public bool Work()
    {
        if (!CanWork)
        {
            return false;
        }
        if (_evaluating is null && _toEvaluate.TryDequeue(out var kind))
        {
            var images = kind == EvaluationKind.Full ? _data.Test.Count : Math.Min(CnnLimits.QuickTestImages, _data.Test.Count);
            _evaluating = new Evaluation(kind, images, Step, Epochs);
        }
        if (_evaluating is { } e)
        {
            EvaluateSlice(e);
            return true;
        }
        TrainBatch();
        return true;
    }

    private void TrainBatch()
    {
        var count = Math.Min(Settings.Batch, _data.Train.Count - _position);
        for (var i = 0; i < count; i++)
        {
            _mirrored[i] = _random.Next(2) == 1;
        }
        var (loss, _) = _trainer.Step(_data.Train, _order.AsSpan(_position, count), (float)Settings.LearningRate, (float)CnnSettings.Momentum,
            _mirrored.AsSpan(0, count));
        if (!double.IsFinite(loss))
        {
            Diverged = true; // more steps would only repeat NaN; the page says to lower η and reset
            return;
        }
        _losses.Add((float)loss);
        Step++;
        _position += count;
        if (_position == _data.Train.Count)
        {
            _position = 0;
            Epoch++;
            _order = SeededShuffle.Permutation(_data.Train.Count, _random);
            _toEvaluate.Enqueue(EvaluationKind.Full);
        }
        else if (Step % CnnLimits.QuickTestEvery == 0)
        {
            _toEvaluate.Enqueue(EvaluationKind.Quick);
        }
    }

    /// <summary>Scores the next <see cref="CnnLimits.EvaluationSlice"/> test images: mean of −ln p_t and how many argmax z = t.</summary>
    private void EvaluateSlice(Evaluation e)
    {
        var count = Math.Min(CnnLimits.EvaluationSlice, e.Images - e.Done);
        var classes = _data.Classes;
        var logits = _trainer.Logits(_data.Test, e.Done, count); // [count, K]
        for (var n = 0; n < count; n++)
        {
            var z = logits.AsSpan(n * classes, classes);
            var label = _data.Test.Labels[e.Done + n];
            var max = TensorPrimitives.Max(z);
            double sum = 0;
            foreach (var v in z)
            {
                sum += Math.Exp(v - max);
            }
            e.LossSum += Math.Log(sum) - (z[label] - max); // −ln p_t with the max subtracted (no overflow)
            e.Correct += TensorPrimitives.IndexOfMax(z) == label ? 1 : 0;
        }
        e.Done += count;
        if (e.Done == e.Images)
        {
            _measured.Enqueue(new EvaluationMessage(e.Kind, e.Step, e.Epochs, e.Images, e.Correct / (double)e.Images, e.LossSum / e.Images));
            _evaluating = null;
        }
    }

    private sealed class Evaluation(EvaluationKind kind, int images, long step, double epochs)
    {
        public EvaluationKind Kind { get; } = kind;

        public int Images { get; } = images;

        public long Step { get; } = step;

        public double Epochs { get; } = epochs;

        public int Done { get; set; }

        public double LossSum { get; set; }

        public int Correct { get; set; }
    }
}
