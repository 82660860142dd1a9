namespace NnLesson.Figures.TrainCnn;

/// <summary>The classes' names in both languages (Fashion-MNIST's; a labels file's, the same in both; or the class numbers).</summary>
public sealed record CnnClassNames(IReadOnlyList<string> Uk, IReadOnlyList<string> En)
{
    public IReadOnlyList<string> For(Lang lang) => lang == Lang.Uk ? Uk : En;

    public static CnnClassNames Same(IReadOnlyList<string> names) => new(names, names);

    public static CnnClassNames Numbers(int classes) => Same([.. Enumerable.Range(0, classes).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}

/// <summary>A grey image, pixels: [Height, Width] row-major, 0 black … 255 white.</summary>
public sealed record GreyImage(byte[] Pixels, int Height, int Width);

/// <summary>train_cnn_filters.png: the first layer's filters w: [Count, 1, k, k] at initialisation and after training.</summary>
public sealed record CnnFiltersData(float[] Initial, float[] Trained, int Count, int Kernel, double TestAccuracy);

/// <summary>train_cnn_filters.gif: the same filters at moments of training; Labels[i] says when (epoch and batch), Accuracy[i] the test accuracy then (NaN: not measured).</summary>
public sealed record CnnFilterFramesData(IReadOnlyList<float[]> Frames, IReadOnlyList<double> Epochs, int Count, int Kernel);

/// <summary>One test image with its true class, the network's answer and that answer's probability.</summary>
public sealed record CnnExample(GreyImage Image, int TrueClass, int Predicted, double Probability)
{
    public bool Correct => TrueClass == Predicted;
}

/// <summary>train_cnn_mistakes.png: the most confident mistakes on the test images (Mistakes of Total were wrong), then the least confident right answers to fill the grid.</summary>
public sealed record CnnMistakesData(IReadOnlyList<CnnExample> Shown, int Mistakes, int Total, CnnClassNames Names);

/// <summary>One layer's output for the maps figure: its name, shape [C, H, W] and values [C·H·W].</summary>
public sealed record CnnLayerMaps(string Name, int Channels, int Height, int Width, float[] Values);

/// <summary>train_cnn_maps.png: one test image through every layer, and the probabilities [K] at the end.</summary>
public sealed record CnnMapsData(CnnExample Example, IReadOnlyList<CnnLayerMaps> Layers, double[] Probabilities, CnnClassNames Names);

/// <summary>train_cnn_curves.png: per epoch (0 = before training, test only) the losses and accuracies; Short marks the quick run of `all`.</summary>
/// <summary>The run, for the subtitle: the two convolutions' filters, parameters, η₀, batch, training and test images.</summary>
public sealed record CnnRunSetup(int Channels1, int Channels2, int Parameters, double LearningRate, int Batch, int TrainCount, int TestCount);

public sealed record CnnCurvesData(double[] TrainLoss, double[] TrainAccuracy, double[] TestLoss, double[] TestAccuracy, int Classes, CnnRunSetup Setup, bool Short);

/// <summary>train_cnn_confusion.png: counts of test images by true class (rows) and predicted class (columns).</summary>
public sealed record CnnConfusionData(CnnClassNames Names, int[,] Counts)
{
    public int Total => Counts.Cast<int>().Sum();

    public int Correct => Enumerable.Range(0, Counts.GetLength(0)).Sum(k => Counts[k, k]);
}
