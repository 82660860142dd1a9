using NnLesson.Core.Cnn.Fast;
using System.Diagnostics;
using System.Numerics.Tensors;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;
using NnLesson.Figures.Text;
using NnLesson.Figures.TrainCnn;
using NnLesson.Slides.Reporting;
using NnLesson.Vision.Datasets;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// train-cnn's computation: the data set read, the network built and its gradient checked (float64, readable layers),
/// then trained on the fast float32 path with a progress bar per epoch, evaluated on the test images after each
/// epoch, and the figures' data taken from it (filter snapshots, confusion, the most confident mistakes, the maps).
/// </summary>
internal static class TrainCnnTraining
{
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
        return IdxDataSet.Load(FashionMnist.Find() ?? throw TrainCnnLesson.MissingDataError());
    }

    public static TrainCnnResult Execute(TrainCnnOptions options, int seed, ISlideProgress progress)
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
        var checkImages = Math.Min(TrainCnnLesson.CheckImages, train.Count);
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
            var p = Core.Softmax.Stable(logits.AsSpan(n * classes, classes));
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
        return CnnGradientCheck.Network(network, x, train.Labels[..count], new Random(seed + 2), TrainCnnLesson.CheckValuesPerTensor, includeInput: false);
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
        var probabilities = Core.Softmax.Stable(values[^1]);
        return new CnnMapsData(example, layers, probabilities, names);
    }
}
