using NnLesson.Core;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Figures.Output;
using NnLesson.Figures.TrainCnn;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Datasets;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// A CNN learns to see: the LeNet-style network trained from scratch on Fashion-MNIST (or any folder of IDX files).
/// images [N, 1, 28, 28] → conv 5×5 → ReLU → max-pool 2 → conv 5×5 → ReLU → max-pool 2 → dense → ReLU → dense → softmax;
/// He initialisation, a gradient check of the backward pass (float64, readable layers), then mini-batch SGD with momentum
/// on the fast float32 path (<see cref="FastCnnTrainer"/>), the learning rate cosine-annealed, training images mirrored
/// half of the time → six figures, <c>cnn.json</c> and the manifest records.
/// <para>
/// A recipe like every slide: a progress bar per epoch while it trains, the report after, then the figures and
/// <c>cnn.json</c> (an output file). <c>all</c> runs <see cref="TrainCnnOptions.ShortRun"/> without a data folder: the
/// Fashion-MNIST found is used, and without one the slide is skipped with one line saying how to get it (null result).
/// </para>
/// </summary>
public sealed class TrainCnnLesson : ISlideRecipe<TrainCnnOptions, TrainCnnResult?, TrainCnnMetrics?, TrainCnnParameters?>
{
    public const string Id = "train-cnn";

    public static readonly IReadOnlyList<string> FigureFiles =
        [CnnFiltersFigure.FileName, CnnCurvesFigure.FileName, CnnConfusionFigure.FileName, CnnMistakesFigure.FileName, CnnMapsFigure.FileName, CnnFiltersAnimation.FileName];

    /// <summary>Training images of the gradient check, and the values checked per tensor (each costs two forward passes).</summary>
    public const int CheckImages = 2, CheckValuesPerTensor = 8;

    public static readonly TrainCnnLesson Recipe = new();

    private TrainCnnLesson()
    {
    }

    string ISlideRecipe<TrainCnnOptions, TrainCnnResult?, TrainCnnMetrics?, TrainCnnParameters?>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<TrainCnnOptions, TrainCnnResult?, TrainCnnMetrics?, TrainCnnParameters?>.FigureFiles => FigureFiles;

    /// <summary>The one line that says Fashion-MNIST is missing and how to get it.</summary>
    public static string MissingData(Lang lang) => MissingDataError().MessageIn(lang);

    internal static LessonException MissingDataError() => new(
        $"Fashion-MNIST не знайдено (де шукали: {string.Join(", ", FashionMnist.SearchedFolders())}); отримати: sudo apt-get install dataset-fashion-mnist або nnlesson data download fashion-mnist",
        $"Fashion-MNIST not found (looked in {string.Join(", ", FashionMnist.SearchedFolders())}); get it: sudo apt-get install dataset-fashion-mnist or nnlesson data download fashion-mnist");

    /// <summary>The command (<c>nnlesson train-cnn</c>) and the single-file program: a bar per epoch, then everything it shows and writes.</summary>
    public static SlideOutcome Run(SlideContext context, TrainCnnOptions options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>The lesson's computation; null when <c>all</c>'s short run finds no data set (the slide is then skipped).</summary>
    public TrainCnnResult? Compute(TrainCnnOptions options, int seed, ISlideProgress progress) =>
        options.Short && options.DataPath is null && FashionMnist.Find() is null ? null : TrainCnnTraining.Execute(options, seed, progress);

    public void Report(TrainCnnResult? result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(Heading(lang));
        if (result is null)
        {
            reporter.Warning(MissingData(lang));
            return;
        }
        TrainCnnReport.Setup(result, reporter, lang);
        TrainCnnReport.Check(result, reporter, lang);
        TrainCnnReport.Table(result, reporter, lang);
    }

    public IReadOnlyList<FigureJob> Figures(TrainCnnResult? r)
    {
        if (r is null)
        {
            return [];
        }
        var setup = new CnnRunSetup(r.Options.Channels1, r.Options.Channels2, r.Trained.ParameterCount, r.Options.LearningRate, r.Options.Batch, r.TrainCount, r.TestCount);
        return
        [
            FigureJob.Of(CnnFiltersFigure.FileName, r.Filters, CnnFiltersFigure.Save),
            FigureJob.Of(CnnCurvesFigure.FileName, new CnnCurvesData([.. r.Epochs.Select(e => e.TrainLoss)], [.. r.Epochs.Select(e => e.TrainAccuracy)],
                [r.Before.TestLoss, .. r.Epochs.Select(e => e.TestLoss)], [r.Before.TestAccuracy, .. r.Epochs.Select(e => e.TestAccuracy)],
                r.Names.Uk.Count, setup, r.Options.Short), CnnCurvesFigure.Save),
            FigureJob.Of(CnnConfusionFigure.FileName, new CnnConfusionData(r.Names, r.Confusion), CnnConfusionFigure.Save),
            FigureJob.Of(CnnMistakesFigure.FileName, r.Mistakes, CnnMistakesFigure.Save),
            FigureJob.Of(CnnMapsFigure.FileName, r.Maps, CnnMapsFigure.Save),
            FigureJob.Animation(CnnFiltersAnimation.FileName, r.FilterFrames, CnnFiltersAnimation.Render),
        ];
    }

    /// <summary><c>cnn.json</c>: the trained network with its normalisation and class names, for <c>classify --cnn</c>.</summary>
    public IReadOnlyList<OutputJob> Files(TrainCnnResult? r) => r is null
        ? []
        : [new OutputJob(CnnModelFile.FileName, path => CnnModelFile.Write(path,
            new CnnModelFile.Model(r.Trained, r.Normalisation.Mean, r.Normalisation.Std, r.Names.Uk, r.Names.En), RecipeRun.ToJson(Parameters(r)!)),
            (path, lang) => lang.Text($"Мережу збережено: {path} → nnlesson classify ЗОБРАЖЕННЯ --cnn {path}",
                $"Network saved: {path} → nnlesson classify IMAGE --cnn {path}"))];

    public TrainCnnMetrics? Metrics(TrainCnnResult? r) => r is null ? null : new(
        r.Final.TestAccuracy, r.GradientCheck.MaxRelativeError, [.. r.Epochs.Select(e => e.Seconds)], [.. r.Epochs.Select(e => e.TrainLoss)],
        [.. r.Epochs.Select(e => e.TrainAccuracy)], [.. r.Epochs.Select(e => e.TestLoss)], [.. r.Epochs.Select(e => e.TestAccuracy)],
        r.TrainCount, r.TestCount, r.Names.Uk.Count, r.Trained.ParameterCount, r.Threads, r.MicroKernel,
        $"LeNet conv5×5({r.Options.Channels1}, pad 2)-pool2-conv5×5({r.Options.Channels2})-pool2-dense({TrainCnnOptions.Hidden})-dense({r.Names.Uk.Count})");

    public TrainCnnParameters? Parameters(TrainCnnResult? r)
    {
        if (r is null)
        {
            return null;
        }
        var o = r.Options;
        return new TrainCnnParameters(r.DataFolder, o.Epochs, o.LearningRate, "cosine", TrainCnnOptions.Momentum, o.Batch, [o.Channels1, o.Channels2],
            TrainCnnOptions.Hidden, o.Limit, o.TestLimit, true, o.Short, r.Seed);
    }

    private static string Heading(Lang lang) =>
        lang.Text("CNN вчиться бачити: LeNet з нуля на Fashion-MNIST", "A CNN learns to see: LeNet from scratch on Fashion-MNIST");
}
