using System.Diagnostics;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;
using NnLesson.Figures;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Slide5Train;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of the training demo; <see cref="Default"/> is what the slide promises results for.</summary>
public sealed record Slide5TrainOptions(int Epochs, double LearningRate, int Hidden, int Samples, double Noise, DatasetKind Dataset)
{
    /// <summary>Two moons with noise 0.2, MLP 2→16→1, 2000 full-batch steps of η = 0.5: ≥ 96 % validation accuracy with seed 42.</summary>
    public static readonly Slide5TrainOptions Default = new(Epochs: 2000, LearningRate: 0.5, Hidden: 16, Samples: 1000, Noise: 0.2, Dataset: DatasetKind.Moons);

    /// <summary>Refuses values the demo cannot run with, in one line a lecturer can act on.</summary>
    public void Validate()
    {
        if (Epochs is < 1 or > 1_000_000)
        {
            throw new LessonException($"Epochs must be between 1 and 1000000 (got {Epochs}).");
        }
        if (!double.IsFinite(LearningRate) || LearningRate <= 0)
        {
            throw new LessonException($"The learning rate must be a positive finite number (got {LearningRate}).");
        }
        if (Hidden is < 1 or > 4096)
        {
            throw new LessonException($"Hidden units must be between 1 and 4096 (got {Hidden}).");
        }
        if (Samples is < 10 or > 1_000_000)
        {
            throw new LessonException($"Samples must be between 10 and 1000000 (got {Samples}).");
        }
        if (!double.IsFinite(Noise) || Noise < 0)
        {
            throw new LessonException($"Noise must be zero or a positive finite number (got {Noise}).");
        }
        if (!Enum.IsDefined(Dataset))
        {
            throw new LessonException($"Unknown dataset {Dataset}.");
        }
    }
}

/// <summary>Everything the training demo computed: the data and initial network, the gradient check, the trained network and its history.</summary>
public sealed record Slide5TrainResult(TrainingSetup Setup, GradientCheckResult GradientCheck, TwoLayerMlp Trained, TrainingHistory History, TimeSpan TrainingTime)
{
    /// <summary>The network at the epochs of the training animation (0 … Epochs), taken while training ran.</summary>
    public WeightSnapshots? Snapshots { get; init; }
}

/// <summary>
/// Slide 5: training an MLP 2→H→1 from scratch on a 2-D problem. First a gradient check proves that
/// backpropagation computes the true derivatives; then full-batch gradient descent
///   forward → binary cross-entropy → backward (dW2 = Hᵀ·dZ2, dW1 = Xᵀ·dZ1, …) → W ← W − η·dW
/// runs for the given epochs; the loss curve and the learned decision boundary become the two figures.
/// Training runs on <see cref="FastMlpTrainer"/>, which does the arithmetic of the readable
/// <see cref="MlpTrainer"/> (tests check both end with the same weights), so a live demo takes moments.
/// </summary>
public static class Slide5TrainGd
{
    public const string Id = "slide5-train";

    public static readonly IReadOnlyList<string> FigureFiles = [TrainingLossFigure.FileName, TrainedBoundaryFigure.FileName, TrainingAnimation.FileName];

    /// <summary>Training points used by the gradient check (it runs 2 forward passes per parameter).</summary>
    public const int GradientCheckPoints = 64;

    /// <summary>The check passes below this: ReLU's kink at 0 allows a little more than the ~1e−7 of smooth activations.</summary>
    public const double GradientCheckTolerance = 1e-4;

    public static SlideOutcome Run(SlideContext context, Slide5TrainOptions options)
    {
        var lang = context.Lang;
        var reporter = context.Reporter;
        reporter.Heading(T(lang, "Слайд 5: навчання MLP з нуля — зворотне поширення і градієнтний спуск",
            "Slide 5: training an MLP from scratch — backpropagation and gradient descent"));
        var result = Train(context, options);
        var data = result.Setup.Data;
        var history = result.History;

        var summaryRows = new List<IReadOnlyList<string>>
        {
            Row(T(lang, "Втрати, навчальна", "Loss, training"), history.TrainLoss[0], history.FinalTrainLoss, 4, lang),
            Row(T(lang, "Втрати, валідаційна", "Loss, validation"), history.ValidationLoss[0], history.FinalValidationLoss, 4, lang),
            PercentRow(T(lang, "Точність, навчальна", "Accuracy, training"), history.TrainAccuracy[0], history.FinalTrainAccuracy, lang),
            PercentRow(T(lang, "Точність, валідаційна", "Accuracy, validation"), history.ValidationAccuracy[0], history.FinalValidationAccuracy, lang),
        };
        reporter.Table(T(lang, "Підсумок", "Summary"),
            ["", T(lang, "до навчання", "before"), T(lang, $"після {options.Epochs} епох", $"after {options.Epochs} epochs")], summaryRows);

        var architecture = Slide5Texts.Architecture(result.Trained.Inputs, result.Trained.Hidden);
        var figures = new[]
        {
            TrainingLossFigure.Save(history, architecture, lang, context.Size, context.OutputPath(TrainingLossFigure.FileName)),
            TrainedBoundaryFigure.Save(result.Trained, data, history.FinalTrainAccuracy, history.FinalValidationAccuracy,
                lang, context.Size, context.OutputPath(TrainedBoundaryFigure.FileName)),
            TrainingAnimation.Save(result.Snapshots!.Taken, history, data, lang, AnimationSize.For(context.Size), context.OutputPath(TrainingAnimation.FileName)),
        };

        var perTensor = new JsonObject();
        foreach (var tensor in result.GradientCheck.Tensors)
        {
            perTensor[tensor.Name] = tensor.MaxRelativeError;
        }
        var metrics = new JsonObject
        {
            ["final_loss"] = history.FinalTrainLoss,
            ["train_accuracy"] = history.FinalTrainAccuracy,
            ["validation_accuracy"] = history.FinalValidationAccuracy,
            ["gradient_check_max_relative_error"] = result.GradientCheck.MaxRelativeError,
            ["epochs"] = history.Epochs,
            ["initial_loss"] = history.TrainLoss[0],
            ["validation_loss"] = history.FinalValidationLoss,
            ["gradient_check_per_tensor"] = perTensor,
            ["train_points"] = data.Train.Count,
            ["validation_points"] = data.Validation.Count,
        };
        var parameters = new JsonObject
        {
            ["epochs"] = options.Epochs,
            ["learning_rate"] = options.LearningRate,
            ["hidden"] = options.Hidden,
            ["samples"] = options.Samples,
            ["noise"] = options.Noise,
            ["dataset"] = ToyDatasets.Name(options.Dataset),
        };
        return new SlideOutcome(Id, figures, metrics, parameters);
    }

    /// <summary>
    /// The computation without the figures: data and weights from the seed, the gradient check, then
    /// training with a progress indicator. Deterministic: the same context seed and options give the same result.
    /// </summary>
    public static Slide5TrainResult Train(SlideContext context, Slide5TrainOptions options)
    {
        options.Validate();
        var lang = context.Lang;
        var reporter = context.Reporter;
        var setup = TrainingSetup.Create(options.Dataset, options.Samples, options.Noise, options.Hidden, context.Seed);
        var data = setup.Data;
        var mlp = setup.Network;
        reporter.Line(T(lang,
            $"Дані: {Slide5Texts.DatasetName(options.Dataset, lang)}, шум {Slide5Texts.Number(options.Noise, lang)}; навчальних точок {data.Train.Count}, валідаційних {data.Validation.Count}; X: {data.Train.X.Shape}.",
            $"Data: {Slide5Texts.DatasetName(options.Dataset, lang)}, noise {options.Noise}; {data.Train.Count} training and {data.Validation.Count} validation points; X: {data.Train.X.Shape}."));
        reporter.Line(T(lang,
            $"Мережа {Slide5Texts.Architecture(mlp.Inputs, mlp.Hidden)}: W1 {mlp.W1.Shape}, b1 [{mlp.B1.Length}], W2 {mlp.W2.Shape}, b2 [1] — {mlp.ParameterCount} параметрів.",
            $"Network {Slide5Texts.Architecture(mlp.Inputs, mlp.Hidden)}: W1 {mlp.W1.Shape}, b1 [{mlp.B1.Length}], W2 {mlp.W2.Shape}, b2 [1] — {mlp.ParameterCount} parameters."));

        // Gradient check first: backpropagation against central differences on a few training points.
        var checkPoints = data.Train.Select(Enumerable.Range(0, Math.Min(GradientCheckPoints, data.Train.Count)).ToArray());
        var check = GradientCheck.Run(mlp, checkPoints.X, checkPoints.Targets);
        var perTensor = string.Join(", ", check.Tensors.Select(t => $"{t.Name} {Sci(t.MaxRelativeError)}"));
        reporter.Line(T(lang,
            $"Перевірка градієнта (центральні різниці, h = {Step}, на {checkPoints.Count} точках): макс. відносна похибка {Sci(check.MaxRelativeError)} ({perTensor}).",
            $"Gradient check (central differences, h = {Step}, {checkPoints.Count} points): max relative error {Sci(check.MaxRelativeError)} ({perTensor})."));
        if (!(check.MaxRelativeError < GradientCheckTolerance))
        {
            reporter.Warning(T(lang,
                $"Похибка перевищує {Sci(GradientCheckTolerance)}: імовірно, якась точка лежить біля згину ReLU в нулі.",
                $"The error exceeds {Sci(GradientCheckTolerance)}: probably a point lies near ReLU's kink at zero."));
        }

        // Training: full-batch gradient descent on the training points; validation points are only measured.
        var trained = mlp.Clone();
        var snapshots = new WeightSnapshots(TrainingAnimation.FrameEpochs(options.Epochs)); // the frames of slide5_training.gif
        var reportEvery = Math.Max(1, options.Epochs / 200);
        var stopwatch = Stopwatch.StartNew();
        TrainingHistory history;
        using (var progress = reporter.StartProgress(T(lang, "Навчання", "Training"), options.Epochs))
        {
            history = FastMlpTrainer.Train(trained, data.Train, data.Validation, new TrainingSettings(options.Epochs, options.LearningRate),
                p =>
                {
                    if (p.Epoch % reportEvery == 0 || p.Epoch == p.Epochs)
                    {
                        progress.Report(p.Epoch, $"BCE {p.TrainLoss:F4}");
                    }
                }, snapshots);
        }
        stopwatch.Stop();
        CheckFinite(trained, history, options);
        reporter.Line(T(lang,
            $"Навчання: {options.Epochs} епох за {Slide5Texts.Number(stopwatch.Elapsed.TotalSeconds, 2, lang)} с (η = {Slide5Texts.Number(options.LearningRate, lang)}); втрати {Slide5Texts.Number(history.TrainLoss[0], 4, lang)} → {Slide5Texts.Number(history.FinalTrainLoss, 4, lang)}.",
            $"Training: {options.Epochs} epochs in {stopwatch.Elapsed.TotalSeconds:F2} s (η = {options.LearningRate}); loss {history.TrainLoss[0]:F4} → {history.FinalTrainLoss:F4}."));
        return new Slide5TrainResult(setup, check, trained, history, stopwatch.Elapsed) { Snapshots = snapshots };
    }

    /// <summary>A too large learning rate makes the weights overflow; say so instead of drawing a broken figure.</summary>
    private static void CheckFinite(TwoLayerMlp trained, TrainingHistory history, Slide5TrainOptions options)
    {
        var firstBad = Array.FindIndex(history.TrainLoss, loss => !double.IsFinite(loss));
        var weightsFinite = trained.ParameterTensors.All(t => t.Values.All(double.IsFinite));
        if (firstBad >= 0 || !weightsFinite)
        {
            var where = firstBad >= 0 ? $" at epoch {firstBad}" : "";
            throw new LessonException($"Training diverged{where}: the weights overflowed with learning rate {options.LearningRate}; try a smaller --lr.");
        }
    }

    /// <summary>The gradient check's step h as the code writes it: 1e-5.</summary>
    private static readonly string Step = GradientCheck.DefaultStep.ToString("0e0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Scientific notation as in the code and on the slide: 3.2e-09.</summary>
    private static string Sci(double value) => value.ToString("0.0e+00", System.Globalization.CultureInfo.InvariantCulture);

    private static string T(Lang lang, string uk, string en) => new Localized(uk, en).For(lang);

    private static IReadOnlyList<string> Row(string name, double before, double after, int decimals, Lang lang) =>
        [name, Slide5Texts.Number(before, decimals, lang), Slide5Texts.Number(after, decimals, lang)];

    private static IReadOnlyList<string> PercentRow(string name, double before, double after, Lang lang) =>
        [name, Slide5Texts.Percent(before, lang), Slide5Texts.Percent(after, lang)];
}
