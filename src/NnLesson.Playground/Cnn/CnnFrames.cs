using System.Numerics.Tensors;
using NnLesson.Core.Cnn.Training;
using NnLesson.Figures;

namespace NnLesson.Playground.Cnn;

/// <summary>Builds the server's messages from a <see cref="CnnRun"/> and the shared <see cref="CnnData"/>: no training here, only looking.</summary>
internal static class CnnFrames
{
    public static CnnPageLimits Limits { get; } = new(CnnLimits.Batches, CnnLimits.MinLearningRate, CnnLimits.MaxLearningRate,
        CnnLimits.MaxEpochs, CnnLimits.QuickTestEvery);

    public static ReadyMessage Ready(CnnData? data, Localized? missing) => new(data is null ? null : Info(data), missing, Limits, CnnSettings.Default);

    /// <summary>The grid's images are the first <see cref="GridCount"/> test images.</summary>
    public static int GridCount(CnnData data) => Math.Min(CnnLimits.GridImages, data.Test.Count);

    private static CnnDataInfo Info(CnnData d)
    {
        var grid = GridCount(d);
        return new CnnDataInfo(d.Folder, d.Train.Count, d.Test.Count, d.Test.Height, d.Test.Width, d.NamesUk, d.NamesEn,
            d.Test.Pixels.AsSpan(0, grid * d.Test.SampleSize).ToArray(), d.Test.Labels[..grid], Math.Min(CnnLimits.QuickTestImages, d.Test.Count));
    }

    /// <summary>The network layer by layer: what <c>train-cnn</c> prints as its table (shape after each layer, parameters).</summary>
    public static StateMessage State(CnnRun run, bool fresh)
    {
        var shapes = run.Architecture.Shapes();
        var layers = run.Architecture.Layers.Select((l, i) => new LayerShape(l.Kind, l.Kernel, l.Padding, l.In, l.Out,
            [shapes[i].Channels, shapes[i].Height, shapes[i].Width], l.HasParameters ? l.WeightCount + l.Out : 0)).ToList();
        return new StateMessage(run.Settings, fresh, layers, run.Weights.ParameterCount, run.StepsPerEpoch);
    }

    /// <summary>The run now, with the losses from entry <paramref name="lossFrom"/> on and grid image <paramref name="selected"/> through every layer.</summary>
    public static FrameMessage Frame(CnnRun run, int lossFrom, int selected, bool playing)
    {
        var architecture = run.Architecture;
        var conv1 = architecture.Layers[0];
        var values = run.Trainer.Activations(run.Data.Test, selected); // [input, after layer 0, after layer 1, …]
        var classes = run.Data.Classes;
        var grid = GridCount(run.Data);
        var logits = run.Trainer.Logits(run.Data.Test, 0, grid); // [grid, K]
        var predicted = new int[grid];
        var confidence = new double[grid];
        for (var n = 0; n < grid; n++)
        {
            var p = Softmax(logits.AsSpan(n * classes, classes));
            predicted[n] = Array.IndexOf(p, p.Max());
            confidence[n] = p[predicted[n]];
        }
        var losses = run.Losses.Skip(lossFrom).ToArray();
        return new FrameMessage(run.Step, run.Epochs, playing, run.Finished, run.Diverged, lossFrom, losses,
            (float[])run.Weights.Tensors[0].Clone(), conv1.Out, conv1.Kernel, selected, Maps(architecture, values), Softmax(values[^1]), predicted, confidence);
    }

    /// <summary>
    /// The outputs a lecturer points at: after each conv's ReLU, after each pooling, after the hidden dense layer's ReLU
    /// (as in train_cnn_maps.png); values[l + 1] is the output of layer l.
    /// </summary>
    private static List<FeatureMaps> Maps(CnnArchitecture architecture, IReadOnlyList<float[]> values)
    {
        var shapes = architecture.Shapes();
        var maps = new List<FeatureMaps>();
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
            if (name is null || shown >= architecture.Layers.Count || (kind != LayerKind.MaxPool && architecture.Layers[shown].Kind != LayerKind.Relu))
            {
                continue;
            }
            var s = shapes[shown];
            maps.Add(kind == LayerKind.Dense
                ? new FeatureMaps(name, 1, 1, s.Size, Bytes(values[shown + 1], 1)) // [120] as one row on one scale
                : new FeatureMaps(name, s.Channels, s.Height, s.Width, Bytes(values[shown + 1], s.Channels)));
        }
        return maps;
    }

    /// <summary>Each of <paramref name="channels"/> equal parts scaled on its own: v / max → 0 … 255 (v ≥ 0; a silent channel stays 0).</summary>
    private static byte[] Bytes(float[] values, int channels)
    {
        var bytes = new byte[values.Length];
        var size = values.Length / channels;
        for (var c = 0; c < channels; c++)
        {
            var part = values.AsSpan(c * size, size);
            var max = TensorPrimitives.Max(part);
            var scale = max > 1e-12f ? 255f / max : 0f;
            for (var i = 0; i < size; i++)
            {
                bytes[c * size + i] = (byte)Math.Clamp(MathF.Round(part[i] * scale), 0, 255);
            }
        }
        return bytes;
    }

    /// <summary>p = softmax(z): p_k = e^(z_k − m) / Σ_j e^(z_j − m), m = max z (the shift cancels; no overflow).</summary>
    private static double[] Softmax(ReadOnlySpan<float> z)
    {
        var m = TensorPrimitives.Max(z);
        var p = new double[z.Length];
        for (var k = 0; k < z.Length; k++)
        {
            p[k] = Math.Exp(z[k] - m);
        }
        var sum = p.Sum();
        for (var k = 0; k < p.Length; k++)
        {
            p[k] /= sum;
        }
        return p;
    }
}
