using NnLesson.Core.Cnn.Fast;
using System.Diagnostics;
using System.Numerics.Tensors;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Figures;
using NnLesson.Figures.Output;
using NnLesson.Figures.Text;
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

    private static LessonException MissingDataError() => new(
        $"Fashion-MNIST не знайдено (де шукали: {string.Join(", ", FashionMnist.SearchedFolders())}); отримати: sudo apt-get install dataset-fashion-mnist або nnlesson data download fashion-mnist",
        $"Fashion-MNIST not found (looked in {string.Join(", ", FashionMnist.SearchedFolders())}); get it: sudo apt-get install dataset-fashion-mnist or nnlesson data download fashion-mnist");

    /// <summary>The command (<c>nnlesson train-cnn</c>) and the single-file program: a bar per epoch, then everything it shows and writes.</summary>
    public static SlideOutcome Run(SlideContext context, TrainCnnOptions options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>The lesson's computation; null when <c>all</c>'s short run finds no data set (the slide is then skipped).</summary>
    public TrainCnnResult? Compute(TrainCnnOptions options, int seed, ISlideProgress progress) =>
        options.Short && options.DataPath is null && FashionMnist.Find() is null ? null : Execute(options, seed, progress);

    public void Report(TrainCnnResult? result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(Heading(lang));
        if (result is null)
        {
            reporter.Warning(MissingData(lang));
            return;
        }
        ReportSetup(result, reporter, lang);
        ReportCheck(result, reporter, lang);
        ReportTable(result, reporter, lang);
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

    /// <exception cref="LessonException">No data set, or a broken one.</exception>
    private static IdxDataSet LoadData(TrainCnnOptions options)
    {
        if (options.DataPath is { } given)
        {
            if (!IdxDataSet.Has(given))
            {
                throw new LessonException(
                    $"У {given} немає чотирьох файлів IDX ({string.Join(", ", IdxDataSet.FileStems)}, можна .gz); Fashion-MNIST: sudo apt-get install dataset-fashion-mnist або nnlesson data download fashion-mnist",
                    $"{given} does not hold the four IDX files ({string.Join(", ", IdxDataSet.FileStems)}, optionally .gz); Fashion-MNIST: sudo apt-get install dataset-fashion-mnist or nnlesson data download fashion-mnist");
            }
            return IdxDataSet.Load(given);
        }
        return IdxDataSet.Load(FashionMnist.Find() ?? throw MissingDataError());
    }

    private static TrainCnnResult Execute(TrainCnnOptions options, int seed, ISlideProgress progress)
    {
        options.Validate();
        var lang = progress.Lang;
        var data = LoadData(options);
        var train = options.Limit is { } limit ? data.Train.Take(limit) : data.Train;
        var test = options.TestLimit is { } testLimit ? data.Test.Take(testLimit) : data.Test;
        var names = data.Names is { } given ? CnnClassNames.Same(given)
            : FashionMnist.IsFashionFolder(data.Folder) && data.Classes == 10 ? new CnnClassNames(FashionMnist.NamesUk, FashionMnist.NamesEn)
            : CnnClassNames.Numbers(data.Classes);
        var architecture = CnnArchitecture.LeNet(options.Channels1, options.Channels2, TrainCnnOptions.Hidden, data.Classes, train.Height, train.Width);
        var initial = CnnWeights.HeInitialised(architecture, new Random(seed));
        var normalisation = train.PixelStatistics(); // μ, σ of the training pixels, used for both sets
        var trainer = new FastCnnTrainer(initial.Copy(), options.Batch) { Normalisation = normalisation };
        var kernel = Conv2dFast.BestMicroKernel.ToString();

        // 1. The gradient check: the readable float64 layers on a few training images, at the initial weights.
        var checkImages = Math.Min(CheckImages, train.Count);
        var check = GradientCheck(architecture, initial, train, checkImages, normalisation, seed);
        var before = Evaluate(trainer, test, null);
        var partial = new TrainCnnResult(options, seed, data.Folder, train.Count, test.Count, names, architecture, trainer.Threads, kernel, check, checkImages,
            before with { TrainLoss = double.NaN, TrainAccuracy = double.NaN }, [], initial, normalisation, new int[0, 0], null!, null!, null!, null!);

        // 2. Mini-batch SGD with momentum, the learning rate cosine-annealed batch by batch; the first layer's filters kept at moments for the GIF.
        var random = new Random(seed + 1);
        var batches = (train.Count + options.Batch - 1) / options.Batch;
        var totalSteps = (long)options.Epochs * batches;
        var snapshots = new List<float[]> { (float[])initial.Tensors[0].Clone() };
        var snapshotEpochs = new List<double> { 0 };
        var epochs = new List<CnnEpoch>();
        var mirrored = new bool[options.Batch];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var order = SeededShuffle.Permutation(train.Count, random);
            var clock = Stopwatch.StartNew();
            double lossSum = 0;
            var correct = 0;
            using (var bar = progress.Start(lang.Text($"Епоха {epoch}/{options.Epochs}", $"Epoch {epoch}/{options.Epochs}"), batches))
            {
                for (var b = 0; b < batches; b++)
                {
                    var from = b * options.Batch;
                    var count = Math.Min(options.Batch, train.Count - from);
                    for (var i = 0; i < count; i++)
                    {
                        mirrored[i] = random.Next(2) == 1;
                    }
                    var rate = (float)CosineSchedule.At(options.LearningRate, (long)(epoch - 1) * batches + b, totalSteps);
                    var (loss, right) = trainer.Step(train, order.AsSpan(from, count), rate, (float)TrainCnnOptions.Momentum, mirrored.AsSpan(0, count));
                    if (!double.IsFinite(loss))
                    {
                        throw new LessonException($"Навчання розійшлося (втрати {loss}) при η = {options.LearningRate}; спробуйте менший --lr.",
                            $"Training diverged (loss {loss}) with η = {options.LearningRate}; try a smaller --lr.");
                    }
                    lossSum += loss * count;
                    correct += right;
                    if (epoch == 1 && b + 1 < batches && IsSnapshotBatch(b + 1))
                    {
                        snapshots.Add((float[])trainer.Weights.Tensors[0].Clone());
                        snapshotEpochs.Add((b + 1) / (double)batches);
                    }
                    if (b % 10 == 9 || b == batches - 1)
                    {
                        bar.Report(b + 1, $"CE {NumberText.Fixed(lossSum / (from + count), 4, lang)}");
                    }
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var tested = Evaluate(trainer, test, null);
            epochs.Add(new CnnEpoch(epoch, lossSum / train.Count, correct / (double)train.Count, tested.TestLoss, tested.TestAccuracy, seconds));
            snapshots.Add((float[])trainer.Weights.Tensors[0].Clone());
            snapshotEpochs.Add(epoch);
        }

        // 3. What the figures draw: predictions on the test images, the confusion, the mistakes, one image through every layer.
        var trained = trainer.Weights;
        var classes = data.Classes;
        var logits = trainer.Logits(test, 0, test.Count);
        var confusion = new int[classes, classes];
        var examples = new List<CnnExample>(test.Count);
        for (var n = 0; n < test.Count; n++)
        {
            var p = Softmax(logits.AsSpan(n * classes, classes));
            var predicted = TensorPrimitives.IndexOfMax(p);
            confusion[test.Labels[n], predicted]++;
            examples.Add(new CnnExample(Image(test, n), test.Labels[n], predicted, p[predicted]));
        }
        var mistakes = new CnnMistakesData(CnnMistakesFigure.Pick(examples), examples.Count(e => !e.Correct), test.Count, names);
        var maps = Maps(trainer, test, 0, examples[0], names);
        var filters = new CnnFiltersData(initial.Tensors[0], (float[])trained.Tensors[0].Clone(), options.Channels1, 5, epochs[^1].TestAccuracy);
        var frames = new CnnFilterFramesData(snapshots, snapshotEpochs, options.Channels1, 5);
        return partial with { Before = before with { TrainLoss = double.NaN, TrainAccuracy = double.NaN }, Epochs = epochs, Trained = trained, Confusion = confusion,
            Filters = filters, FilterFrames = frames, Mistakes = mistakes, Maps = maps };
    }

    /// <summary>Snapshots of the filters within the first epoch: after batches 5, 20, 50, 100, 200 and 400 (the filters move fastest early).</summary>
    private static bool IsSnapshotBatch(int done) => done is 5 or 20 or 50 or 100 or 200 or 400;

    private static Core.Training.GradientCheckResult GradientCheck(CnnArchitecture architecture, CnnWeights initial, PixelImages train, int count,
        (float Mean, float Std) normalisation, int seed)
    {
        var network = new Network(architecture, initial);
        var x = new Batch(count, 1, train.Height, train.Width);
        var sample = new float[train.SampleSize];
        for (var n = 0; n < count; n++)
        {
            train.Normalise(n, normalisation.Mean, normalisation.Std, sample);
            for (var i = 0; i < sample.Length; i++)
            {
                x.Data[n * sample.Length + i] = sample[i];
            }
        }
        return CnnGradientCheck.Network(network, x, train.Labels[..count], new Random(seed + 2), CheckValuesPerTensor, includeInput: false);
    }

    /// <summary>The mean loss and the accuracy on <paramref name="test"/> (as a <see cref="CnnEpoch"/> without training numbers).</summary>
    private static CnnEpoch Evaluate(FastCnnTrainer trainer, PixelImages test, int? limit)
    {
        var count = limit ?? test.Count;
        var classes = trainer.Weights.Architecture.Classes;
        var logits = trainer.Logits(test, 0, count);
        double loss = 0;
        var correct = 0;
        for (var n = 0; n < count; n++)
        {
            var z = logits.AsSpan(n * classes, classes);
            var max = TensorPrimitives.Max(z);
            double sum = 0;
            foreach (var v in z)
            {
                sum += Math.Exp(v - max);
            }
            loss += Math.Log(sum) - (z[test.Labels[n]] - max);
            correct += TensorPrimitives.IndexOfMax(z) == test.Labels[n] ? 1 : 0;
        }
        return new CnnEpoch(0, double.NaN, double.NaN, loss / count, correct / (double)count, 0);
    }

    private static double[] Softmax(ReadOnlySpan<float> z)
    {
        var max = TensorPrimitives.Max(z);
        var p = new double[z.Length];
        for (var k = 0; k < z.Length; k++)
        {
            p[k] = Math.Exp(z[k] - max);
        }
        var sum = p.Sum();
        return [.. p.Select(v => v / sum)];
    }

    private static GreyImage Image(PixelImages images, int n) =>
        new(images.Pixels.AsSpan(n * images.SampleSize, images.SampleSize).ToArray(), images.Height, images.Width);

    /// <summary>Test image <paramref name="n"/> through every layer: the outputs after each ReLU and each pooling, and the probabilities.</summary>
    private static CnnMapsData Maps(FastCnnTrainer trainer, PixelImages test, int n, CnnExample example, CnnClassNames names)
    {
        var architecture = trainer.Weights.Architecture;
        var values = trainer.Activations(test, n); // [input, after layer 0, after layer 1, …]
        var shapes = architecture.Shapes();
        var layers = new List<CnnLayerMaps>();
        int convs = 0, pools = 0, denses = 0;
        for (var l = 0; l < architecture.Layers.Count; l++)
        {
            var kind = architecture.Layers[l].Kind;
            var name = kind switch
            {
                LayerKind.Conv => $"conv{++convs} + ReLU",
                LayerKind.MaxPool => $"max-pool {++pools}",
                LayerKind.Dense => $"dense{++denses} + ReLU",
                _ => null,
            };
            var shown = kind == LayerKind.MaxPool ? l : l + 1; // conv and dense: the ReLU after them
            if (name is not null && shown < architecture.Layers.Count && (kind == LayerKind.MaxPool || architecture.Layers[shown].Kind == LayerKind.Relu))
            {
                var s = shapes[shown];
                layers.Add(new CnnLayerMaps(name, s.Channels, s.Height, s.Width, values[shown + 1]));
            }
        }
        var probabilities = Softmax(values[^1]);
        return new CnnMapsData(example, layers, probabilities, names);
    }

    private static void ReportSetup(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        report.Line(lang.Text(
            $"Дані: {r.DataFolder} — {r.TrainCount} навчальних і {r.TestCount} тестових зображень {r.Architecture.Input.Height}×{r.Architecture.Input.Width}, {r.Names.Uk.Count} класів ({string.Join(", ", r.Names.Uk)}).",
            $"Data: {r.DataFolder} — {r.TrainCount} training and {r.TestCount} test images {r.Architecture.Input.Height}×{r.Architecture.Input.Width}, {r.Names.En.Count} classes ({string.Join(", ", r.Names.En)})."));
        if (r.Options.Short)
        {
            report.Warning(lang.Text("Коротка демонстрація для all: 1 епоха на частині даних. Повний запуск: nnlesson train-cnn",
                "A short demo run for all: 1 epoch on part of the data. The full run: nnlesson train-cnn"));
        }
        var shapes = r.Architecture.Shapes();
        var rows = new List<IReadOnlyList<string>> { new[] { lang.Text("вхід", "input"), "—", r.Architecture.Input.ToString(), "0" } };
        for (var l = 0; l < r.Architecture.Layers.Count; l++)
        {
            var spec = r.Architecture.Layers[l];
            var what = spec.Kind switch
            {
                LayerKind.Conv => $"conv {spec.Kernel}×{spec.Kernel}, {spec.Out} {lang.Text("фільтрів", "filters")}, pad {spec.Padding}",
                LayerKind.MaxPool => $"max-pool {spec.Kernel}×{spec.Kernel}",
                LayerKind.Dense => $"dense {spec.In} → {spec.Out}",
                LayerKind.Relu => "ReLU",
                _ => "flatten",
            };
            var parameters = spec.HasParameters ? spec.WeightCount + spec.Out : 0;
            rows.Add([(l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), what, shapes[l].ToString(), parameters.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        report.Table(lang.Text("Мережа: форми шар за шаром (для одного зображення)", "The network: shapes layer by layer (one image)"),
            [lang.Text("шар", "layer"), lang.Text("що робить", "what it does"), lang.Text("вихід", "output"), lang.Text("параметрів", "parameters")], rows);
        report.Line(lang.Text(
            $"Навчання: SGD з моментумом μ = 0,9, η₀ = {NumberText.Plain(r.Options.LearningRate, lang)} з косинусним спаданням, пакет {r.Options.Batch}, {r.Options.Epochs} {UkrainianPlural.Form(r.Options.Epochs, "епоха", "епохи", "епох")}, віддзеркалення зліва-направо; потоків {r.Threads}, ядро GEMM {r.MicroKernel}.",
            $"Training: SGD with momentum μ = 0.9, η₀ = {NumberText.Plain(r.Options.LearningRate, lang)} cosine-annealed, batch {r.Options.Batch}, {r.Options.Epochs} epoch{(r.Options.Epochs == 1 ? "" : "s")}, left-right mirroring; {r.Threads} threads, GEMM kernel {r.MicroKernel}."));
        report.Line(lang.Text(
            $"До навчання: втрати на тесті {NumberText.Fixed(r.Before.TestLoss, 3, lang)} (навмання ln K = {NumberText.Fixed(Math.Log(r.Names.Uk.Count), 3, lang)}), точність {NumberText.Percent(r.Before.TestAccuracy, lang)}.",
            $"Before training: test loss {NumberText.Fixed(r.Before.TestLoss, 3, lang)} (chance ln K = {NumberText.Fixed(Math.Log(r.Names.Uk.Count), 3, lang)}), accuracy {NumberText.Percent(r.Before.TestAccuracy, lang)}."));
    }

    private static void ReportCheck(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        string Sci(double v) => NumberText.Scientific(v, 1, lang);
        var worst = string.Join(", ", r.GradientCheck.Tensors.Select(t => $"{t.Name} {Sci(t.MaxRelativeError)}"));
        report.Line(lang.Text(
            $"Перевірка градієнта (центральні різниці в float64, h = 10⁻⁵, {r.GradientCheckImages} зображення, по {CheckValuesPerTensor} значень кожного тензора): макс. відносна похибка {Sci(r.GradientCheck.MaxRelativeError)} ({worst}).",
            $"Gradient check (central differences in float64, h = 1e-5, {r.GradientCheckImages} images, {CheckValuesPerTensor} values of each tensor): max relative error {Sci(r.GradientCheck.MaxRelativeError)} ({worst})."));
        if (!(r.GradientCheck.MaxRelativeError <= 1e-6))
        {
            report.Warning(lang.Text("Похибка перевищує 1e-6: зворотний прохід і означення похідної розходяться.",
                "The error exceeds 1e-6: the backward pass and the definition of the derivative disagree."));
        }
    }

    private static void ReportTable(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        string Loss(double v) => double.IsFinite(v) ? NumberText.Fixed(v, 4, lang) : "—";
        string Pct(double v) => double.IsFinite(v) ? NumberText.Percent(v, lang, 2) : "—";
        var rows = new List<IReadOnlyList<string>> { new[] { "0", "—", "—", Loss(r.Before.TestLoss), Pct(r.Before.TestAccuracy), "—" } };
        rows.AddRange(r.Epochs.Select(e => (IReadOnlyList<string>)[e.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), Loss(e.TrainLoss),
            Pct(e.TrainAccuracy), Loss(e.TestLoss), Pct(e.TestAccuracy), NumberText.Fixed(e.Seconds, 1, lang)]));
        report.Table(lang.Text("Втрати і точність за епохами", "Loss and accuracy per epoch"),
            [lang.Text("епоха", "epoch"), lang.Text("втрати, навч.", "loss, train"), lang.Text("точність, навч.", "accuracy, train"),
             lang.Text("втрати, тест", "loss, test"), lang.Text("точність, тест", "accuracy, test"), lang.Text("секунд", "seconds")], rows);
    }
}
