using NnLesson.Core;
using NnLesson.Core.Activations;
using NnLesson.Core.Datasets;
using NnLesson.Core.Linear;
using NnLesson.Core.Training;
using NnLesson.Playground.Model;
using NnLesson.Playground.Protocol;

namespace NnLesson.Playground.Frames;

/// <summary>
/// Turns the state of a <see cref="PlaygroundRun"/> into the messages the page draws. Everything shown is
/// computed here by Core; the page only paints it:
/// <list type="bullet">
/// <item><c>field</c>: P(class 1) = Y on a <see cref="FieldSize"/>² grid of the plane, one byte each (round(255·p)), row 0 at the top;</item>
/// <item><c>units[l][j]</c>: hidden unit j of layer l, its activation Aˡ[:, j] on a <see cref="UnitSize"/>² grid, one byte each,
///   scaled to [0, 1] by the activation's range (tanh: (a + 1)/2, sigmoid: a, ReLU: a / max over the grid);</item>
/// <item><c>weights[l]</c>: Wˡ as [inputs·units] row-major, <c>biases[l]</c>: bˡ, and the losses, accuracies and ‖dWˡ‖.</item>
/// </list>
/// </summary>
public static class FrameBuilder
{
    public const int FieldSize = 48;
    public const int UnitSize = 24;

    /// <summary>The data message: the settings in force, the plane shown and every point as [x₁, x₂, label].</summary>
    internal static StateMessage State(PlaygroundRun run) => new(
        SettingsMessage.From(run.Settings), new PlaneMessage(run.Bounds.XMin, run.Bounds.YMin, run.Bounds.Size),
        Points(run.Train), Points(run.Validation), run.Network.ParameterCount);

    /// <summary>The drawing message after training; <paramref name="historyFrom"/> is the first epoch the page has not seen.</summary>
    internal static FrameMessage Frame(PlaygroundRun run, int historyFrom, bool playing)
    {
        var network = run.Network;
        var fieldPass = network.Forward(run.Bounds.Grid(FieldSize));            // Y: [FieldSize², 1]
        var unitPass = network.Forward(run.Bounds.Grid(UnitSize));              // Aˡ: [UnitSize², Hₗ]
        var units = Enumerable.Range(0, network.Layers.Count - 1)
            .Select(l => UnitMaps(unitPass.A[l], network.Layers[l].Activation)).ToArray();
        const int sample = 0; // the first training point, worked through in the formulas panel
        var samplePass = network.Forward(run.Train.Select([sample]).X);
        var command = ReproduceCommand.For(run);
        var last = run.Epoch;
        historyFrom = Math.Clamp(historyFrom, 0, last + 1);
        return new FrameMessage(
            Epoch: last, Playing: playing, Diverged: run.Diverged, HistoryFrom: historyFrom,
            TrainLossHistory: Numbers(run.TrainLoss, historyFrom), ValLossHistory: Numbers(run.ValidationLoss, historyFrom),
            TrainLoss: Finite(run.TrainLoss[last]), ValLoss: Finite(run.ValidationLoss[last]),
            TrainAcc: run.TrainAccuracy[last], ValAcc: run.ValidationAccuracy[last],
            L2Penalty: Finite(DeepBackpropagation.L2Penalty(network, run.Settings.L2)),
            GradNorms: run.LastGradients?.WeightGradientNorms().Select(Finite).ToArray(),
            FieldSize: FieldSize, Field: Convert.ToBase64String(Bytes(fieldPass.Y.Data, p => p)),
            UnitSize: UnitSize, Units: units,
            Weights: [.. network.Layers.Select(layer => Rounded(layer.Weights.Data))],
            Biases: [.. network.Layers.Select(layer => Rounded(layer.Biases))],
            Sample: new SampleMessage(run.Train.X[sample, 0], run.Train.X[sample, 1], run.Train.Labels[sample],
                Finite(samplePass.Logits[0, 0]), Finite(samplePass.Y[0, 0])),
            Command: command.Command, CommandExact: command.Exact, CommandDifferences: [.. command.Differences]);
    }

    internal static ErrorMessage Error(LessonException error) =>
        new(new BilingualText(error.MessageIn(ukrainian: true), error.MessageIn(ukrainian: false)));

    /// <summary>One base64 byte map per unit (column j of A: [n², units]).</summary>
    private static string[] UnitMaps(Matrix a, IActivation activation)
    {
        var maps = new string[a.Cols];
        var column = new double[a.Rows];
        for (var j = 0; j < a.Cols; j++)
        {
            for (var i = 0; i < a.Rows; i++)
            {
                column[i] = a[i, j];
            }
            Func<double, double> scale = activation switch
            {
                Tanh => v => (v + 1) / 2,
                Sigmoid => v => v,
                _ => ReluScale(column),
            };
            maps[j] = Convert.ToBase64String(Bytes(column, scale));
        }
        return maps;
    }

    private static Func<double, double> ReluScale(double[] values)
    {
        var max = values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return max > 1e-12 ? v => v / max : _ => 0;
    }

    private static byte[] Bytes(double[] values, Func<double, double> toUnit)
    {
        var bytes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var u = toUnit(values[i]);
            bytes[i] = double.IsFinite(u) ? (byte)Math.Round(255 * Math.Clamp(u, 0, 1)) : (byte)128;
        }
        return bytes;
    }

    /// <summary>Every point as [x₁, x₂, label], coordinates to 5 decimals.</summary>
    private static double[][] Points(Dataset2D data) =>
        [.. Enumerable.Range(0, data.Count).Select(i => new[] { Math.Round(data.X[i, 0], 5), Math.Round(data.X[i, 1], 5), data.Labels[i] })];

    private static double?[] Numbers(IReadOnlyList<double> values, int from) => [.. values.Skip(from).Select(Finite)];

    private static double?[] Rounded(double[] values) => [.. values.Select(v => Finite(Math.Round(v, 5)))];

    /// <summary>JSON has no ∞ or NaN: a diverged number is sent as null.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
