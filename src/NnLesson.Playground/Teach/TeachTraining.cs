using NnLesson.Core.Training;
using NnLesson.Core.Transfer;
using NnLesson.Slides.Lessons;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>
/// One training of the head on a session's photos, step by step so the page can draw the curves as they grow —
/// the same computation as <c>nnlesson teach</c>:
/// <code>
/// split        TeachLesson.Split: photos marked val are validation, else a seeded stratified share of each class
/// u = f/‖f‖    x = (u − μ)/σ, μ and σ: [512] from the training photos only           X: [n, 512], t: [n]
/// W, b         SoftmaxHead.Initial(K, 512, new Random(seed))                           W: [K, 512], b: [K]
/// check        HeadGradientCheck on the first 8 training photos, before any step
/// epoch e      HeadTrainer's loop: measure (loss, accuracy on train and val), then W ← W − η·dW, b ← b − η·db
/// </code>
/// <see cref="Step"/> is one iteration of <see cref="HeadTrainer.Train"/>'s loop, so after <see cref="Finished"/> the
/// head and the history are those HeadTrainer gives (a test compares them bit for bit).
/// </summary>
public sealed class TeachTraining
{
    private readonly double[][] _xTrain;
    private readonly int[] _tTrain;
    private readonly double[][] _xVal;
    private readonly int[] _tVal;
    private int _epoch;
    private int _lastEpoch;

    private TeachTraining(TeachSettings settings, IReadOnlyList<string> classNames, FeatureStandardizer standardizer, SoftmaxHead head,
        double[][] xTrain, int[] tTrain, double[][] xVal, int[] tVal, bool splitBySeed, int checkPhotos, GradientCheckResult check)
    {
        Settings = settings;
        _lastEpoch = settings.Epochs;
        ClassNames = classNames;
        Standardizer = standardizer;
        Head = head;
        (_xTrain, _tTrain, _xVal, _tVal) = (xTrain, tTrain, xVal, tVal);
        SplitBySeed = splitBySeed;
        CheckPhotos = checkPhotos;
        GradientCheck = check;
        History = new TrainingHistory(settings.Epochs, xVal.Length > 0);
    }

    /// <summary>The settings of the run; after <see cref="Stop"/>, with the epochs actually taken (what <c>teach --epochs</c> needs to give this head).</summary>
    public TeachSettings Settings { get; private set; }

    /// <summary>True when the lecturer stopped the run before its last epoch.</summary>
    public bool Stopped { get; private set; }

    public IReadOnlyList<string> ClassNames { get; }

    public FeatureStandardizer Standardizer { get; }

    public SoftmaxHead Head { get; }

    /// <summary>Entry e: the head after e steps; filled up to <see cref="Measured"/> − 1.</summary>
    public TrainingHistory History { get; }

    /// <summary>How many history entries are filled (0 … Epochs + 1).</summary>
    public int Measured => _epoch;

    public bool Finished => _epoch > _lastEpoch;

    public bool Diverged { get; private set; }

    public bool SplitBySeed { get; }

    public int TrainCount => _xTrain.Length;

    public int ValidationCount => _xVal.Length;

    public int CheckPhotos { get; }

    public GradientCheckResult GradientCheck { get; }

    /// <summary>The first training photo's standardised features, for the formula with numbers: x: [512], and its class.</summary>
    public (double[] X, int Class) Example => (_xTrain[0], _tTrain[0]);

    /// <summary>Validation photos the finished head puts in their class.</summary>
    public int ValidationCorrect => (int)Math.Round(History.HasValidation && Measured > 0 ? History.ValidationAccuracy[Measured - 1] * _xVal.Length : 0);

    public TrainedHead Trained => new(ClassNames, Standardizer, Head);

    /// <summary>Splits, standardises, initialises and checks the gradient; no step is taken yet.</summary>
    /// <exception cref="TeachRejection">A class without photos, or too few to hold some out.</exception>
    public static TeachTraining Start(TeachModel model, TeachSettings settings)
    {
        settings.Validate();
        var classes = model.Classes;
        var hasValidation = classes.Any(c => c.Samples.Any(s => s.Subset == PhotoSubset.Validation));
        foreach (var c in classes)
        {
            var training = c.Samples.Count(s => s.Subset != PhotoSubset.Validation);
            if (training == 0)
            {
                throw new TeachRejection($"У класі «{c.Name}» немає навчальних фото.", $"Class '{c.Name}' has no training photos.");
            }
        }
        foreach (var c in classes)
        {
            if (!hasValidation && c.Samples.Count < 2)
            {
                throw new TeachRejection($"У класі «{c.Name}» потрібно щонайменше 2 фото: одне піде на валідацію.",
                    $"Class '{c.Name}' needs at least 2 photos: one is held out for validation.");
            }
        }
        // The photos as teach's data set: class index = card order, photos in the order they arrived.
        var names = classes.Select(c => c.Name).ToArray();
        var photos = classes.SelectMany((c, k) => c.Samples.Select(s => new ExtractedPhoto(new LabelledPhoto(s.Name, k, s.Subset), s.Sha256, s.Features)))
            .ToList();
        var data = new PhotoFolders("", names, [.. photos.Select(p => p.Photo)], hasValidation);
        var (train, validation) = TeachLesson.Split(data, photos, settings.ValidationFraction, settings.Seed);

        var trainU = train.Select(p => TrainedHead.UnitLength(p.Features)).ToArray();           // [n, 512], each row f/‖f‖
        var standardizer = FeatureStandardizer.Fit(trainU);                                     // μ, σ: [512]
        var xTrain = standardizer.Apply(trainU);                                                // [n, 512]
        var tTrain = train.Select(p => p.Photo.Class).ToArray();                                // [n]
        var xVal = validation.Select(p => standardizer.Apply(TrainedHead.UnitLength(p.Features))).ToArray(); // [m, 512]
        var tVal = validation.Select(p => p.Photo.Class).ToArray();                             // [m]
        var head = SoftmaxHead.Initial(names.Length, xTrain[0].Length, new Random(settings.Seed)); // W: [K, 512], b: [K]
        var checkCount = Math.Min(TeachLesson.GradientCheckPhotos, xTrain.Length);
        var check = HeadGradientCheck.Run(head, xTrain[..checkCount], tTrain[..checkCount], settings.L2);
        var splitBySeed = !validation.Any(p => p.Photo.Subset == PhotoSubset.Validation);
        return new TeachTraining(settings, names, standardizer, head, xTrain, tTrain, xVal, tVal, splitBySeed, checkCount, check);
    }

    /// <summary>One iteration of HeadTrainer's loop: measure entry e, then (unless it was the last) take step e + 1.</summary>
    public void Step()
    {
        if (Finished || Diverged)
        {
            return;
        }
        var epoch = _epoch;
        var gradients = Head.Backward(_xTrain, _tTrain, Settings.L2);
        History.TrainLoss[epoch] = gradients.Loss - Head.L2Penalty(Settings.L2);
        History.TrainAccuracy[epoch] = gradients.Accuracy;
        if (History.HasValidation)
        {
            (History.ValidationLoss[epoch], History.ValidationAccuracy[epoch]) = Head.Evaluate(_xVal, _tVal);
        }
        _epoch++;
        if (epoch == _lastEpoch)
        {
            return;
        }
        Head.Step(gradients, Settings.LearningRate);
        if (!double.IsFinite(History.TrainLoss[epoch]) || Head.W.Any(w => !double.IsFinite(w)))
        {
            Diverged = true;
        }
    }

    /// <summary>
    /// Ends the run at the head it has now (at least one step): the epochs become the steps taken and the last entry is
    /// measured, so the head and history are HeadTrainer's with that many epochs (a test compares them bit for bit).
    /// </summary>
    public void Stop()
    {
        if (Finished || Diverged)
        {
            return;
        }
        _lastEpoch = Math.Max(1, _epoch);
        Settings = Settings with { Epochs = _lastEpoch };
        Stopped = _lastEpoch < History.TrainLoss.Length - 1;
        while (!Finished && !Diverged)
        {
            Step();
        }
    }
}
