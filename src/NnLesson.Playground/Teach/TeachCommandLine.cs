using System.Globalization;

namespace NnLesson.Playground.Teach;

/// <summary>
/// The <c>nnlesson teach</c> command that trains the same head from the same photos saved as folders
/// (DATA/&lt;class&gt;/…, or DATA/train/&lt;class&gt;/… and DATA/val/&lt;class&gt;/… when photos are marked validation).
/// Options equal to teach's defaults are left out; numbers are invariant (the command line's language).
/// </summary>
public static class TeachCommandLine
{
    public const string DataFolder = "my-classes";

    public static string For(TeachSettings settings)
    {
        var parts = new List<string> { "nnlesson", "teach", DataFolder };
        var d = TeachSettings.Default;
        if (settings.Epochs != d.Epochs)
        {
            parts.Add($"--epochs {settings.Epochs.ToString(CultureInfo.InvariantCulture)}");
        }
        if (settings.LearningRate != d.LearningRate)
        {
            parts.Add($"--lr {settings.LearningRate.ToString("R", CultureInfo.InvariantCulture)}");
        }
        if (settings.L2 != d.L2)
        {
            parts.Add($"--l2 {settings.L2.ToString("R", CultureInfo.InvariantCulture)}");
        }
        if (settings.ValidationFraction != d.ValidationFraction)
        {
            parts.Add($"--val-fraction {settings.ValidationFraction.ToString("R", CultureInfo.InvariantCulture)}");
        }
        if (settings.Seed != d.Seed)
        {
            parts.Add($"--seed {settings.Seed.ToString(CultureInfo.InvariantCulture)}");
        }
        return string.Join(' ', parts);
    }
}
