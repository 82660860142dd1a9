using System.CommandLine;

namespace NnLesson.Cli.Commands;

/// <summary>Validators for numeric options; a violation is a usage error (exit code 2) with a one-line message.</summary>
public static class OptionRules
{
    public static void Range(Option<int> option, int min, int max, string name) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < min || value > max)
            {
                result.AddError($"{name} must be between {min} and {max} (got {value}).");
            }
        });

    public static void PositiveFinite(Option<double> option, string name) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!double.IsFinite(value) || value <= 0)
            {
                result.AddError($"{name} must be a positive finite number (got {value}).");
            }
        });

    public static void NonNegativeFinite(Option<double> option, string name) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!double.IsFinite(value) || value < 0)
            {
                result.AddError($"{name} must be zero or a positive finite number (got {value}).");
            }
        });
}
