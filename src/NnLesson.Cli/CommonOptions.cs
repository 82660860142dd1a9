using System.CommandLine;
using NnLesson.Cli.Reporting;
using NnLesson.Figures;
using NnLesson.Slides.Running;

namespace NnLesson.Cli;

/// <summary>The options every figure-making command shares: --out, --lang, --seed, --size.</summary>
internal sealed class CommonOptions
{
    public Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "Folder for the figures and manifest.json (created if missing).",
        DefaultValueFactory = _ => "outputs",
    };

    public Option<string> Lang { get; } = new("--lang")
    {
        Description = "Language of the figure text: uk (Ukrainian) or en (English).",
        DefaultValueFactory = _ => "uk",
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed for every random number; the same seed gives the same figures.",
        DefaultValueFactory = _ => SlideContext.DefaultSeed,
    };

    public Option<string> Size { get; } = new("--size")
    {
        Description = $"Figure size in pixels, WIDTHxHEIGHT (16:9 default {FigureSize.Default}; e.g. 1920x1080).",
        DefaultValueFactory = _ => FigureSize.Default.ToString(),
    };

    public CommonOptions()
    {
        Lang.AcceptOnlyFromAmong("uk", "en");
        Size.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (FigureSize.TryParse(text) is null)
            {
                result.AddError($"--size must look like 1600x900, each side {FigureSize.MinSide}..{FigureSize.MaxSide} pixels (got '{text}').");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(Lang);
        command.Options.Add(Seed);
        command.Options.Add(Size);
    }

    public SlideContext CreateContext(ParseResult parse, CliRuntime runtime) => new(
        OutputDirectory: parse.GetValue(Out)!,
        Lang: LangNames.TryParse(parse.GetValue(Lang)) ?? Figures.Lang.Uk,
        Seed: parse.GetValue(Seed),
        Size: FigureSize.TryParse(parse.GetValue(Size)) ?? FigureSize.Default,
        Reporter: new SpectreReporter(runtime.Console, runtime.Interactive));
}
