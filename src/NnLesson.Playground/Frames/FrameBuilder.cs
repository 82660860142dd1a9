using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Activations;
using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Frames;

/// <summary>
/// Turns the state of a <see cref="PlaygroundRun"/> into the JSON messages the page draws. Everything shown is
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
    public static JsonObject State(PlaygroundRun run) => new()
    {
        ["type"] = "state",
        ["settings"] = SettingsJson.ToJson(run.Settings),
        ["bounds"] = new JsonObject { ["xMin"] = run.Bounds.XMin, ["yMin"] = run.Bounds.YMin, ["size"] = run.Bounds.Size },
        ["train"] = Points(run.Train),
        ["val"] = Points(run.Validation),
        ["parameters"] = run.Network.ParameterCount,
    };

    /// <summary>The drawing message after training; <paramref name="historyFrom"/> is the first epoch the page has not seen.</summary>
    public static JsonObject Frame(PlaygroundRun run, int historyFrom, bool playing)
    {
        var network = run.Network;
        var fieldPass = network.Forward(run.Bounds.Grid(FieldSize));            // Y: [FieldSize², 1]
        var unitPass = network.Forward(run.Bounds.Grid(UnitSize));              // Aˡ: [UnitSize², Hₗ]
        var units = new JsonArray();
        for (var l = 0; l < network.Layers.Count - 1; l++)
        {
            units.Add(UnitMaps(unitPass.A[l], network.Layers[l].Activation));
        }
        const int sample = 0; // the first training point, worked through in the formulas panel
        var samplePass = network.Forward(run.Train.Select([sample]).X);
        var command = ReproduceCommand.For(run);
        var last = run.Epoch;
        historyFrom = Math.Clamp(historyFrom, 0, last + 1);
        return new JsonObject
        {
            ["type"] = "frame",
            ["epoch"] = last,
            ["playing"] = playing,
            ["diverged"] = run.Diverged,
            ["historyFrom"] = historyFrom,
            ["trainLossHistory"] = Numbers(run.TrainLoss, historyFrom),
            ["valLossHistory"] = Numbers(run.ValidationLoss, historyFrom),
            ["trainLoss"] = Finite(run.TrainLoss[last]),
            ["valLoss"] = Finite(run.ValidationLoss[last]),
            ["trainAcc"] = run.TrainAccuracy[last],
            ["valAcc"] = run.ValidationAccuracy[last],
            ["l2Penalty"] = Finite(Core.Training.DeepBackpropagation.L2Penalty(network, run.Settings.L2)),
            ["gradNorms"] = run.LastGradients is null ? null : new JsonArray(run.LastGradients.WeightGradientNorms().Select(v => (JsonNode?)Finite(v)).ToArray()),
            ["fieldSize"] = FieldSize,
            ["field"] = Convert.ToBase64String(Bytes(fieldPass.Y.Data, p => p)),
            ["unitSize"] = UnitSize,
            ["units"] = units,
            ["weights"] = new JsonArray(network.Layers.Select(layer => (JsonNode?)Rounded(layer.Weights.Data)).ToArray()),
            ["biases"] = new JsonArray(network.Layers.Select(layer => (JsonNode?)Rounded(layer.Biases)).ToArray()),
            ["sample"] = new JsonObject
            {
                ["x1"] = run.Train.X[sample, 0],
                ["x2"] = run.Train.X[sample, 1],
                ["t"] = run.Train.Labels[sample],
                ["z"] = Finite(samplePass.Logits[0, 0]),
                ["y"] = Finite(samplePass.Y[0, 0]),
            },
            ["command"] = command.Command,
            ["commandExact"] = command.Exact,
            ["commandDifferences"] = new JsonArray(command.Differences.Select(d => (JsonNode?)d).ToArray()),
        };
    }

    /// <summary>An error in both languages (<c>message: { uk, en }</c>); the page shows the one it speaks, as the Teach page does.</summary>
    public static JsonObject Error(LessonException error) =>
        new() { ["type"] = "error", ["message"] = new JsonObject { ["uk"] = error.Ukrainian, ["en"] = error.Message } };

    /// <summary>One base64 byte map per unit (column j of A: [n², units]).</summary>
    private static JsonArray UnitMaps(Matrix a, IActivation activation)
    {
        var maps = new JsonArray();
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
            maps.Add(JsonValue.Create(Convert.ToBase64String(Bytes(column, scale))));
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

    private static JsonArray Points(Core.Datasets.Dataset2D data)
    {
        var points = new JsonArray();
        for (var i = 0; i < data.Count; i++)
        {
            points.Add(new JsonArray(Math.Round(data.X[i, 0], 5), Math.Round(data.X[i, 1], 5), data.Labels[i]));
        }
        return points;
    }

    private static JsonArray Numbers(IReadOnlyList<double> values, int from)
    {
        var array = new JsonArray();
        for (var i = from; i < values.Count; i++)
        {
            array.Add(Finite(values[i]));
        }
        return array;
    }

    private static JsonArray Rounded(double[] values) => new(values.Select(v => (JsonNode?)Finite(Math.Round(v, 5))).ToArray());

    /// <summary>JSON has no ∞ or NaN: a diverged number is sent as null.</summary>
    private static JsonNode? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
