using NnLesson.Core.Training.Fast;
using System.Diagnostics;
using NnLesson.Core;
using NnLesson.Tuning;
using NnLesson.Core.Datasets;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;
using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Slide5Train;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of the training demo; <see cref="Default"/> is what the slide promises results for.</summary>
public sealed record Slide5TrainOptions(int Epochs, double LearningRate, int Hidden, int Samples, double Noise, DatasetKind Dataset)
{
    /// <summary>Two moons with noise 0.2, MLP 2→16→1, 2000 full-batch steps of η = 0.5: ≥ 96 % validation accuracy with seed 42.</summary>
    public static readonly Slide5TrainOptions Default = new(Epochs: 2000, LearningRate: 0.5, Hidden: 16, Samples: 1000, Noise: 0.2, Dataset: DatasetKind.Moons);

    /// <summary>Refuses values the demo cannot run with, in one line a lecturer can act on (<see cref="TrainingLimits"/>).</summary>
    public void Validate() => TrainingLimits.Validate(Epochs, LearningRate, Hidden, Samples, Noise, Dataset);
}


/// <summary>
/// Slide 5: training an MLP 2→H→1 from scratch on a 2-D problem. First a gradient check proves that
/// backpropagation computes the true derivatives; then full-batch gradient descent
///   forward → binary cross-entropy → backward (dW2 = Hᵀ·dZ2, dW1 = Xᵀ·dZ1, …) → W ← W − η·dW
/// runs for the given epochs; the loss curve and the learned decision boundary become the two figures.
/// Training runs on <see cref="FastMlpTrainer"/>, which does the arithmetic of the readable
/// <see cref="MlpTrainer"/> (tests check both end with the same weights), so a live demo takes moments.
/// </summary>
public sealed class Slide5TrainGd : ISlideRecipe<Slide5TrainOptions, Slide5TrainResult, Slide5TrainMetrics, Slide5TrainParameters>
{
    public const string Id = "slide5-train";

    public static readonly IReadOnlyList<string> FigureFiles = [TrainingLossFigure.FileName, TrainedBoundaryFigure.FileName, TrainingAnimation.FileName];

    /// <summary>Training points used by the gradient check (it runs 2 forward passes per parameter).</summary>
    public const int GradientCheckPoints = 64;

    /// <summary>The check passes below this: ReLU's kink at 0 allows a little more than the ~1e−7 of smooth activations.</summary>
    public const double GradientCheckTolerance = 1e-4;

    /// <summary>The slide's recipe; <see cref="Run"/> runs it with a progress bar while it trains.</summary>
    public static readonly Slide5TrainGd Recipe = new();

    private Slide5TrainGd()
    {
    }

    string ISlideRecipe<Slide5TrainOptions, Slide5TrainResult, Slide5TrainMetrics, Slide5TrainParameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<Slide5TrainOptions, Slide5TrainResult, Slide5TrainMetrics, Slide5TrainParameters>.FigureFiles => FigureFiles;

    /// <summary>The slide's command: a progress bar while it trains, then the report, the figures and the manifest records.</summary>
    public static SlideOutcome Run(SlideContext context, Slide5TrainOptions options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>
    /// Data and weights from the seed, the gradient check, then training (a progress bar on <paramref name="progress"/>).
    /// Deterministic: the same seed and options give the same result.
    /// </summary>
    public Slide5TrainResult Compute(Slide5TrainOptions options, int seed, ISlideProgress progress)
    {
        options.Validate();
        var setup = TrainingSetup.Create(options.Dataset, options.Samples, options.Noise, options.Hidden, seed);
        var data = setup.Data;

        // Gradient check first: backpropagation against central differences on a few training points.
        var checkPoints = data.Train.Select(Enumerable.Range(0, Math.Min(GradientCheckPoints, data.Train.Count)).ToArray());
        var check = GradientCheck.Run(setup.Network, checkPoints.X, checkPoints.Targets);

        // Training: full-batch gradient descent on the training points; validation points are only measured.
        var trained = setup.Network.Clone();
        var snapshots = new WeightSnapshots(TrainingAnimation.FrameEpochs(options.Epochs)); // the frames of slide5_training.gif
        var reportEvery = Math.Max(1, options.Epochs / 200);
        var lang = progress.Lang;
        // Timed with no figure drawn meanwhile (QuietTiming: `all` draws earlier slides while this one computes).
        var (history, elapsed) = QuietTiming.Measure(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            using var bar = progress.Start(lang.Text("Навчання", "Training"), options.Epochs);
            var trainedHistory = FastMlpTrainer.Train(trained, data.Train, data.Validation, new TrainingSettings(options.Epochs, options.LearningRate),
                p =>
                {
                    if (p.Epoch % reportEvery == 0 || p.Epoch == p.Epochs)
                    {
                        bar.Report(p.Epoch, $"BCE {NumberText.Fixed(p.TrainLoss, 4, lang)}");
                    }
                }, snapshots);
            return (trainedHistory, stopwatch.Elapsed);
        });
        CheckFinite(trained, history, options);
        return new Slide5TrainResult(options, setup, checkPoints.Count, check, trained, history, elapsed) { Snapshots = snapshots };
    }

    /// <summary>What the slide tells the audience, after the computation: data, network, gradient check, training, summary.</summary>
    public void Report(Slide5TrainResult result, ISlideReporter reporter, Lang lang)
    {
        ReportHeading(reporter, lang);
        ReportSetup(result.Options, result.Setup, reporter, lang);
        ReportCheck(result.CheckPoints, result.GradientCheck, reporter, lang);
        ReportTraining(result, reporter, lang);
        ReportSummary(result, reporter, lang);
    }

    public IReadOnlyList<FigureJob> Figures(Slide5TrainResult result)
    {
        var history = result.History;
        var architecture = Slide5Texts.Architecture(result.Trained.Inputs, result.Trained.Hidden);
        return
        [
            FigureJob.Of(TrainingLossFigure.FileName, history, (h, lang, size, path) => TrainingLossFigure.Save(h, architecture, lang, size, path)),
            FigureJob.Of(TrainedBoundaryFigure.FileName, result, (r, lang, size, path) => TrainedBoundaryFigure.Save(r.Trained, r.Setup.Data,
                r.History.FinalTrainAccuracy, r.History.FinalValidationAccuracy, lang, size, path)),
            FigureJob.Animation(TrainingAnimation.FileName, result, (r, lang, size) => TrainingAnimation.Render(r.Snapshots!.Taken, r.History, r.Setup.Data,
                lang, AnimationSize.For(size))),
        ];
    }

    public Slide5TrainMetrics Metrics(Slide5TrainResult result)
    {
        var history = result.History;
        var data = result.Setup.Data;
        return new(history.FinalTrainLoss, history.FinalTrainAccuracy, history.FinalValidationAccuracy, result.GradientCheck.MaxRelativeError,
            history.Epochs, history.TrainLoss[0], history.FinalValidationLoss,
            result.GradientCheck.Tensors.ToDictionary(t => t.Name, t => t.MaxRelativeError), data.Train.Count, data.Validation.Count);
    }

    public Slide5TrainParameters Parameters(Slide5TrainResult result)
    {
        var o = result.Options;
        return new(o.Epochs, o.LearningRate, o.Hidden, o.Samples, o.Noise, ToyDatasets.Name(o.Dataset));
    }

    private static void ReportHeading(ISlideReporter reporter, Lang lang) =>
        reporter.Heading(lang.Text("Слайд 5: навчання MLP з нуля — зворотне поширення і градієнтний спуск",
            "Slide 5: training an MLP from scratch — backpropagation and gradient descent"));

    private static void ReportSetup(Slide5TrainOptions options, TrainingSetup setup, ISlideReporter reporter, Lang lang)
    {
        var data = setup.Data;
        var mlp = setup.Network;
        reporter.Line(lang.Text(
            $"Дані: {Slide5Texts.DatasetName(options.Dataset, lang)}, шум {Slide5Texts.Number(options.Noise, lang)}; навчальних точок {data.Train.Count}, валідаційних {data.Validation.Count}; X: {data.Train.X.Shape}.",
            $"Data: {Slide5Texts.DatasetName(options.Dataset, lang)}, noise {Slide5Texts.Number(options.Noise, lang)}; {data.Train.Count} training and {data.Validation.Count} validation points; X: {data.Train.X.Shape}."));
        reporter.Line(lang.Text(
            $"Мережа {Slide5Texts.Architecture(mlp.Inputs, mlp.Hidden)}: W1 {mlp.W1.Shape}, b1 [{mlp.B1.Length}], W2 {mlp.W2.Shape}, b2 [1] — {mlp.ParameterCount} {UkrainianPlural.Form(mlp.ParameterCount, "параметр", "параметри", "параметрів")}.",
            $"Network {Slide5Texts.Architecture(mlp.Inputs, mlp.Hidden)}: W1 {mlp.W1.Shape}, b1 [{mlp.B1.Length}], W2 {mlp.W2.Shape}, b2 [1] — {mlp.ParameterCount} parameters."));
    }

    private static void ReportCheck(int points, GradientCheckResult check, ISlideReporter reporter, Lang lang)
    {
        var perTensor = NumberText.List(check.Tensors.Select(t => $"{t.Name} {Sci(t.MaxRelativeError, lang)}"), lang);
        reporter.Line(lang.Text(
            $"Перевірка градієнта (центральні різниці, h = {Sci(GradientCheck.DefaultStep, Lang.Uk)}, на {points} точках): макс. відносна похибка {Sci(check.MaxRelativeError, lang)} ({perTensor}).",
            $"Gradient check (central differences, h = {Step}, {points} points): max relative error {Sci(check.MaxRelativeError, lang)} ({perTensor})."));
        if (!(check.MaxRelativeError < GradientCheckTolerance))
        {
            reporter.Warning(lang.Text(
                $"Похибка перевищує {Sci(GradientCheckTolerance, lang)}: ймовірно, якась точка лежить біля згину ReLU в нулі.",
                $"The error exceeds {Sci(GradientCheckTolerance, lang)}: probably a point lies near ReLU's kink at zero."));
        }
    }

    private static void ReportTraining(Slide5TrainResult result, ISlideReporter reporter, Lang lang)
    {
        var (options, history) = (result.Options, result.History);
        var seconds = Slide5Texts.Number(result.TrainingTime.TotalSeconds, 2, lang);
        reporter.Line(lang.Text(
            $"Навчання: {options.Epochs} {UkrainianPlural.Form(options.Epochs, "епоха", "епохи", "епох")} за {seconds} с (η = {Slide5Texts.Number(options.LearningRate, lang)}); втрати {Slide5Texts.Number(history.TrainLoss[0], 4, lang)} → {Slide5Texts.Number(history.FinalTrainLoss, 4, lang)}.",
            $"Training: {options.Epochs} epochs in {seconds} s (η = {Slide5Texts.Number(options.LearningRate, lang)}); loss {Slide5Texts.Number(history.TrainLoss[0], 4, lang)} → {Slide5Texts.Number(history.FinalTrainLoss, 4, lang)}."));
    }

    private static void ReportSummary(Slide5TrainResult result, ISlideReporter reporter, Lang lang)
    {
        var history = result.History;
        var epochs = result.Options.Epochs;
        var summaryRows = new List<IReadOnlyList<string>>
        {
            Row(lang.Text("Втрати (навчальна вибірка)", "Loss, training"), history.TrainLoss[0], history.FinalTrainLoss, 4, lang),
            Row(lang.Text("Втрати (валідаційна вибірка)", "Loss, validation"), history.ValidationLoss[0], history.FinalValidationLoss, 4, lang),
            PercentRow(lang.Text("Точність (навчальна вибірка)", "Accuracy, training"), history.TrainAccuracy[0], history.FinalTrainAccuracy, lang),
            PercentRow(lang.Text("Точність (валідаційна вибірка)", "Accuracy, validation"), history.ValidationAccuracy[0], history.FinalValidationAccuracy, lang),
        };
        reporter.Table(lang.Text("Підсумок", "Summary"),
            ["", lang.Text("до навчання", "before"), lang.Text($"після {epochs} {UkrainianPlural.Form(epochs, "епохи", "епох", "епох")}", $"after {epochs} epochs")], summaryRows);
    }

    /// <summary>A too large learning rate makes the weights overflow; say so instead of drawing a broken figure.</summary>
    private static void CheckFinite(TwoLayerMlp trained, TrainingHistory history, Slide5TrainOptions options)
    {
        var firstBad = Array.FindIndex(history.TrainLoss, loss => !double.IsFinite(loss));
        var weightsFinite = trained.ParameterTensors.All(t => t.Values.All(double.IsFinite));
        if (firstBad >= 0 || !weightsFinite)
        {
            var where = firstBad >= 0 ? $" at epoch {firstBad}" : "";
            var whereUk = firstBad >= 0 ? $" на епосі {firstBad}" : "";
            throw new LessonException(
                $"Навчання розійшлося{whereUk}: значення ваг вийшли за межі (переповнення) при швидкості навчання {options.LearningRate}; спробуйте менший --lr.",
                $"Training diverged{where}: the weights overflowed with learning rate {options.LearningRate}; try a smaller --lr.");
        }
    }

    /// <summary>The gradient check's step h as the code writes it: 1e-5.</summary>
    private static readonly string Step = GradientCheck.DefaultStep.ToString("0e0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Scientific notation as on the slide: 3,2·10⁻⁹ (uk), 3.2·10⁻⁹ (en).</summary>
    private static string Sci(double value, Lang lang) => NumberText.Scientific(value, 1, lang);

    private static IReadOnlyList<string> Row(string name, double before, double after, int decimals, Lang lang) =>
        [name, Slide5Texts.Number(before, decimals, lang), Slide5Texts.Number(after, decimals, lang)];

    private static IReadOnlyList<string> PercentRow(string name, double before, double after, Lang lang) =>
        [name, Slide5Texts.Percent(before, lang), Slide5Texts.Percent(after, lang)];
}
