using System.Globalization;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Running;

/// <summary>
/// The plumbing the single-file slide programs (<c>slides/*.cs</c>) share, so each of them shows only its
/// slide's idea: the options <c>--out DIR</c>, <c>--lang uk|en</c>, <c>--seed N</c>, <c>--size WxH</c> (plus
/// any extra named options a slide asks for, such as <c>--image</c>), a run through <see cref="LessonRun"/>
/// with plain-text output, and the exit codes of the <c>nnlesson</c> command line (0 / 1 / 2).
/// </summary>
public sealed class SlideScript
{
    private readonly Dictionary<string, string> _extras = [];

    private SlideScript(string name) => Name = name;

    public string Name { get; }

    public string OutputDirectory { get; private set; } = "outputs";

    public Lang Lang { get; private set; } = Lang.Uk;

    public int Seed { get; private set; } = SlideContext.DefaultSeed;

    public FigureSize Size { get; private set; } = FigureSize.Default;

    /// <summary>What was wrong with the arguments, or null when they were fine.</summary>
    public string? Error { get; private set; }

    private string Usage { get; set; } = "";

    /// <summary>Reads <c>--option value</c> pairs; <paramref name="extraOptions"/> are the slide's own (e.g. "--image").</summary>
    public static SlideScript Parse(string[] args, string name, params string[] extraOptions)
    {
        var script = new SlideScript(name)
        {
            Usage = string.Join(", ", new[] { "--out DIR", "--lang uk|en", "--seed N", "--size WxH" }
                .Concat(extraOptions.Select(o => $"{o} VALUE"))),
        };
        for (var i = 0; i < args.Length && script.Error is null; i += 2)
        {
            var option = args[i];
            if (i + 1 >= args.Length)
            {
                script.Error = $"option '{option}' needs a value";
                break;
            }
            var value = args[i + 1];
            switch (option)
            {
                case "--out":
                    script.OutputDirectory = value;
                    break;
                case "--lang":
                    script.Lang = LangNames.TryParse(value) ?? script.Invalid<Lang>(option, value);
                    break;
                case "--seed":
                    script.Seed = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : script.Invalid<int>(option, value);
                    break;
                case "--size":
                    script.Size = FigureSize.TryParse(value) ?? script.Invalid<FigureSize>(option, value);
                    break;
                default:
                    if (extraOptions.Contains(option))
                    {
                        script._extras[option] = value;
                    }
                    else
                    {
                        script.Error = $"unknown option '{option}'";
                    }
                    break;
            }
        }
        return script;
    }

    /// <summary>The value of one of the slide's extra options, or null when it was not given.</summary>
    public string? Get(string option) => _extras.GetValueOrDefault(option);

    /// <summary>
    /// A floating-point extra option ("--lr 0,5" or "--lr 0.5" → 0.5, <see cref="DecimalNumber"/>), or null when it
    /// was not given; a value that is not one plain number sets <see cref="Error"/> (exit 2 in <see cref="Run"/>) and gives null.
    /// </summary>
    public double? GetNumber(string option)
    {
        if (Get(option) is not { } text)
        {
            return null;
        }
        var value = DecimalNumber.TryParse(text);
        if (value is null)
        {
            Error ??= DecimalNumber.Refusal(option, text);
        }
        return value;
    }

    /// <summary>Prints the argument error as one line on stderr and returns exit code 2, like `nnlesson`.</summary>
    public int UsageError()
    {
        Console.Error.WriteLine($"{Name}: {Error} (options: {Usage})");
        return 2;
    }

    /// <summary>Runs the slide into the output folder with plain-text output and writes manifest.json; 0 on success, 1 on a user error.</summary>
    public int Run(Func<SlideContext, SlideOutcome> slide)
    {
        if (Error is not null)
        {
            return UsageError();
        }
        var context = new SlideContext(OutputDirectory, Lang, Seed, Size, new PlainTextReporter(Console.Out));
        try
        {
            foreach (var figure in LessonRun.Execute(context, [slide]).SelectMany(o => o.Figures))
            {
                Console.WriteLine($"  → {Files.ConsoleText.Safe(figure.Path)}");
            }
            return 0;
        }
        catch (LessonException e)
        {
            Console.Error.WriteLine($"{Name}: {Files.ConsoleText.Safe(e.Message)}");
            return 1;
        }
    }

    private T Invalid<T>(string option, string value)
    {
        Error = $"bad value '{value}' for {option}";
        return default!;
    }
}
