using NnLesson.Core;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Playground.Model;

/// <summary>
/// One student's run: data and initial weights drawn from the seed in slide 5's order (points, then the split,
/// then the weights; <see cref="TrainingSetup.Create"/>), the clicked edits replayed, then epochs of
/// <see cref="MiniBatchTrainer"/>. The history has one entry per epoch, entry 0 being the untrained network,
/// as <see cref="TrainingHistory"/> does. Not thread-safe: one session owns it.
/// </summary>
public sealed class PlaygroundRun
{
    private readonly Random _random;
    private readonly List<double> _trainLoss = [];
    private readonly List<double> _validationLoss = [];
    private readonly List<double> _trainAccuracy = [];
    private readonly List<double> _validationAccuracy = [];

    public PlaygroundRun(PlaygroundSettings settings)
    {
        settings.Validate();
        Settings = settings;
        _random = new Random(settings.Seed);
        var points = ToyDatasets.Create(settings.Dataset, settings.Points, settings.Noise, _random);
        Bounds = PlaneView.Around(points);
        var split = points.Split(settings.ValidationFraction, _random);
        (Train, Validation) = ApplyEdits(split.Train, split.Validation, settings.Edits, Bounds);
        Network = DeepMlp.CreateRandom(2, settings.Units, settings.Activation.Function(), _random);
        LearningRateChanged = false;
        Measure();
    }

    public PlaygroundSettings Settings { get; private set; }

    /// <summary>The square of the plane the page shows; clicked points must fall inside it.</summary>
    public PlaneView Bounds { get; }

    public Dataset2D Train { get; private set; }

    public Dataset2D Validation { get; private set; }

    public DeepMlp Network { get; }

    /// <summary>Epochs trained so far.</summary>
    public int Epoch => _trainLoss.Count - 1;

    /// <summary>True once η was changed during the run: the CLI, with one η, cannot replay it.</summary>
    public bool LearningRateChanged { get; private set; }

    /// <summary>The gradients of the latest step (null before the first).</summary>
    public DeepGradients? LastGradients { get; private set; }

    /// <summary>Binary cross-entropy on the training points: [Epoch + 1].</summary>
    public IReadOnlyList<double> TrainLoss => _trainLoss;

    public IReadOnlyList<double> ValidationLoss => _validationLoss;

    public IReadOnlyList<double> TrainAccuracy => _trainAccuracy;

    public IReadOnlyList<double> ValidationAccuracy => _validationAccuracy;

    /// <summary>Changes what may change mid-run (η, batch, λ, speed). Anything else needs a new run.</summary>
    public void UpdateLive(PlaygroundSettings settings)
    {
        settings.Validate();
        if (!settings.SameRunAs(Settings))
        {
            throw new InvalidOperationException("Only η, batch, λ and speed change without a reset.");
        }
        if (!settings.LearningRate.Equals(Settings.LearningRate) && Epoch > 0)
        {
            LearningRateChanged = true;
        }
        Settings = settings;
    }

    /// <summary>
    /// A click while the network trains on (as in ConvNetJS): the points change, the weights stay, and the edit joins
    /// <see cref="PlaygroundSettings.Edits"/> so the page's URL brings the same points back.
    /// </summary>
    public void ApplyLive(PointEdit edit)
    {
        var settings = Settings with { Edits = [.. Settings.Edits, edit] };
        settings.Validate();
        (Train, Validation) = ApplyEdits(Train, Validation, [edit], Bounds);
        Settings = settings;
        // The newest loss was measured on the old points; measure again so the curve shows the effect at once.
        _trainLoss.RemoveAt(_trainLoss.Count - 1);
        _trainAccuracy.RemoveAt(_trainAccuracy.Count - 1);
        _validationLoss.RemoveAt(_validationLoss.Count - 1);
        _validationAccuracy.RemoveAt(_validationAccuracy.Count - 1);
        Measure();
    }

    /// <summary>The edit that removes the point nearest to (x, y), if one lies within 4 % of the plane's side.</summary>
    public PointEdit EditRemovingNearest(double x, double y)
    {
        var best = (Distance: double.MaxValue, Validation: false, Index: -1);
        foreach (var (data, validation) in new[] { (Train, false), (Validation, true) })
        {
            for (var i = 0; i < data.Count; i++)
            {
                var d = Math.Sqrt(Math.Pow(data.X[i, 0] - x, 2) + Math.Pow(data.X[i, 1] - y, 2));
                if (d < best.Distance)
                {
                    best = (d, validation, i);
                }
            }
        }
        if (best.Index < 0 || best.Distance > 0.04 * Bounds.Size)
        {
            throw new LessonException("Тут немає точки, яку можна прибрати.", "No point there to remove.");
        }
        return new PointEdit(PointEditKind.Remove, Validation: best.Validation, Index: best.Index);
    }

    /// <summary>One epoch of mini-batch gradient descent, then the losses and accuracies measured.</summary>
    public void Step()
    {
        var settings = new MiniBatchSettings(Settings.LearningRate, Settings.Batch, Settings.L2);
        LastGradients = MiniBatchTrainer.Epoch(Network, Train, settings, _random);
        Measure();
    }

    /// <summary>True when a loss or a weight has overflowed (η too large): the page says so and pauses.</summary>
    public bool Diverged => !double.IsFinite(_trainLoss[^1]) || Network.ParameterTensors.Any(t => !t.Values.All(double.IsFinite));

    private void Measure()
    {
        var (trainLoss, trainAccuracy) = MiniBatchTrainer.Measure(Network, Train);
        var (validationLoss, validationAccuracy) = MiniBatchTrainer.Measure(Network, Validation);
        _trainLoss.Add(trainLoss);
        _trainAccuracy.Add(trainAccuracy);
        _validationLoss.Add(validationLoss);
        _validationAccuracy.Add(validationAccuracy);
    }

    /// <summary>Replays the clicks in order: adds go to the training points, removes take the indexed point away.</summary>
    private static (Dataset2D Train, Dataset2D Validation) ApplyEdits(Dataset2D train, Dataset2D validation, IReadOnlyList<PointEdit> edits, PlaneView bounds)
    {
        if (edits.Count == 0)
        {
            return (train, validation);
        }
        var trainPoints = ToList(train);
        var validationPoints = ToList(validation);
        foreach (var edit in edits)
        {
            if (edit.Op == PointEditKind.Add)
            {
                if (!bounds.Contains(edit.X, edit.Y))
                {
                    throw new LessonException($"Точка ({TrainingLimits.NumUk(edit.X)}; {TrainingLimits.NumUk(edit.Y)}) лежить поза показаною площиною.",
                        $"The clicked point ({TrainingLimits.Num(edit.X)}, {TrainingLimits.Num(edit.Y)}) is outside the plane shown.");
                }
                trainPoints.Add((edit.X, edit.Y, edit.Label));
                continue;
            }
            var list = edit.Validation ? validationPoints : trainPoints;
            if (edit.Index < 0 || edit.Index >= list.Count)
            {
                throw new LessonException(
                    $"Немає точки {edit.Index}, щоб її прибрати ({(edit.Validation ? "валідаційних" : "навчальних")} точок: {list.Count}).",
                    $"No point {edit.Index} to remove ({list.Count} {(edit.Validation ? "validation" : "training")} points).");
            }
            if (list.Count <= 2)
            {
                throw new LessonException("Залиште щонайменше 2 навчальні й 2 валідаційні точки.", "Keep at least 2 training and 2 validation points.");
            }
            list.RemoveAt(edit.Index);
        }
        return (ToDataset(trainPoints), ToDataset(validationPoints));
    }

    private static List<(double X, double Y, int Label)> ToList(Dataset2D data) =>
        Enumerable.Range(0, data.Count).Select(i => (data.X[i, 0], data.X[i, 1], data.Labels[i])).ToList();

    private static Dataset2D ToDataset(List<(double X, double Y, int Label)> points)
    {
        var x = new Matrix(points.Count, 2);
        for (var i = 0; i < points.Count; i++)
        {
            x[i, 0] = points[i].X;
            x[i, 1] = points[i].Y;
        }
        return new Dataset2D(x, points.Select(p => p.Label).ToArray());
    }
}
