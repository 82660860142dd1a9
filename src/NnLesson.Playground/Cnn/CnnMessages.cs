using System.Text.Json.Serialization;
using NnLesson.Core.Cnn.Training;
using NnLesson.Figures;

namespace NnLesson.Playground.Cnn;

/// <summary>What the server sends the CNN page (JSON, the kind in "type"; numbers invariant; every sentence in both languages).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadyMessage), "ready")]
[JsonDerivedType(typeof(StateMessage), "state")]
[JsonDerivedType(typeof(FrameMessage), "frame")]
[JsonDerivedType(typeof(EvaluationMessage), "evaluation")]
[JsonDerivedType(typeof(ErrorMessage), "error")]
internal abstract record CnnMessage;

/// <summary>
/// First message of a session: the data set (or, without one, <paramref name="Missing"/>: the one line that says how to get
/// it), the page's limits and default settings.
/// </summary>
internal sealed record ReadyMessage(CnnDataInfo? Data, Localized? Missing, CnnPageLimits Limits, CnnSettings Defaults) : CnnMessage;

/// <summary>
/// The data set as the page shows it: counts, image size, class names, and the grid's test images
/// (<paramref name="GridPixels"/>: [GridImages, H, W] bytes, base64 on the wire) with their true classes.
/// </summary>
internal sealed record CnnDataInfo(string Folder, int TrainImages, int TestImages, int Height, int Width, IReadOnlyList<string> NamesUk,
    IReadOnlyList<string> NamesEn, byte[] GridPixels, int[] GridLabels, int QuickTestImages);

internal sealed record CnnPageLimits(IReadOnlyList<int> Batches, double MinLearningRate, double MaxLearningRate, int MaxEpochs, int QuickTestEvery);

/// <summary>
/// A new run (<paramref name="Fresh"/>: from its initial weights, every earlier loss and accuracy is gone) or new live settings:
/// the network layer by layer, its parameter count and the batches in one epoch.
/// </summary>
internal sealed record StateMessage(CnnSettings Settings, bool Fresh, IReadOnlyList<LayerShape> Layers, int Parameters, int StepsPerEpoch) : CnnMessage;

/// <summary>One layer: its kind, kernel and padding (conv, pool), fan-in and outputs, the shape after it [C, H, W] and its learned numbers.</summary>
internal sealed record LayerShape(LayerKind Kind, int Kernel, int Padding, int In, int Out, int[] Output, int Parameters);

/// <summary>
/// The run now: batches done (<paramref name="Step"/>), epochs done as a fraction, the per-batch training losses from
/// entry <paramref name="LossFrom"/> on, the first layer's filters w: [FilterCount, 1, Kernel, Kernel], the feature maps of
/// grid image <paramref name="Selected"/> through every layer with its probabilities [K], and the grid's predictions.
/// </summary>
internal sealed record FrameMessage(long Step, double Epochs, bool Playing, bool Finished, bool Diverged, int LossFrom, float[] Losses,
    float[] Filters, int FilterCount, int Kernel, int Selected, IReadOnlyList<FeatureMaps> Maps, double[] Probabilities,
    int[] GridPredicted, double[] GridConfidence) : CnnMessage;

/// <summary>
/// One layer's output for the chosen image: its name ("conv1 + ReLU"), shape [Channels, Height, Width] and values as bytes
/// [C·H·W] (base64), each channel scaled on its own: 0 … its maximum → 0 … 255 (every value here is ≥ 0: after ReLU or pooling).
/// </summary>
internal sealed record FeatureMaps(string Name, int Channels, int Height, int Width, byte[] Values);

/// <summary>Which test images an accuracy was measured on: the first <see cref="CnnLimits.QuickTestImages"/> (every <see cref="CnnLimits.QuickTestEvery"/> batches) or all (at the end of an epoch).</summary>
internal enum EvaluationKind
{
    Quick,
    Full,
}

/// <summary>The test accuracy and mean loss of the network as it was after <paramref name="Step"/> batches.</summary>
internal sealed record EvaluationMessage(EvaluationKind Kind, long Step, double Epochs, int Images, double Accuracy, double Loss) : CnnMessage;

internal sealed record ErrorMessage(Localized Message) : CnnMessage;
