using System.Globalization;
using NnLesson.Core.Training;

namespace NnLesson.Playground.Model;

/// <summary>
/// The <c>nnlesson slide5-train …</c> command that trains the same network on the same data, and — when the CLI
/// cannot express the run — the reasons why (the CLI trains one ReLU hidden layer, full batch, without L2,
/// on an 80/20 split of unedited points, with one η).
/// </summary>
internal sealed record ReproduceCommand(string Command, IReadOnlyList<string> Differences)
{
    public bool Exact => Differences.Count == 0;

    public static ReproduceCommand For(PlaygroundRun run)
    {
        var s = run.Settings;
        var differences = new List<string>();
        if (s.Units.Length != 1)
        {
            differences.Add("layers");
        }
        if (s.Activation != HiddenActivation.Relu)
        {
            differences.Add("activation");
        }
        if (s.Batch < run.Train.Count)
        {
            differences.Add("batch");
        }
        if (s.L2 != 0)
        {
            differences.Add("l2");
        }
        if (!s.ValidationFraction.Equals(TrainingSetup.ValidationFraction))
        {
            differences.Add("split");
        }
        if (s.Edits.Count > 0)
        {
            differences.Add("edits");
        }
        if (run.LearningRateChanged)
        {
            differences.Add("lr-changed");
        }
        var command = string.Create(CultureInfo.InvariantCulture,
            $"nnlesson slide5-train --dataset {s.Dataset.ToString().ToLowerInvariant()} --samples {s.Points} --noise {s.Noise:R} --hidden {s.Units[0]} --lr {s.LearningRate:R} --epochs {Math.Max(1, run.Epoch)} --seed {s.Seed}");
        return new ReproduceCommand(command, differences);
    }
}
