using System.CommandLine;
using NnLesson.Cli.Reporting;
using NnLesson.Figures;
using NnLesson.Slides.Running;

namespace NnLesson.Cli;

/// <summary>The options every figure-making command shares: --out, --lang, --seed, --size.</summary>
internal sealed class CommonOptions
{
    public Option<string> Out { get; } = new("--out", "-o") { DefaultValueFactory = _ => "outputs" };

    public Option<string> Lang { get; } = new("--lang");

    public Option<int> Seed { get; } = new("--seed") { DefaultValueFactory = _ => SlideContext.DefaultSeed };

    public Option<string> Size { get; } = new("--size") { DefaultValueFactory = _ => FigureSize.Default.ToString() };

    /// <param name="runtime">Its language for the descriptions and messages; its NNLESSON_LANG default for --lang.</param>
    public CommonOptions(CliRuntime runtime)
    {
        Out.Description = runtime.T("Папка для рисунків і manifest.json (створюється, якщо її немає).", "Folder for the figures and manifest.json (created if missing).");
        Lang.Description = runtime.T("Мова тексту на рисунках і в консолі: uk (українська) або en (англійська); типово — NNLESSON_LANG, інакше uk.",
            "Language of the figure and console text: uk (Ukrainian) or en (English); default NNLESSON_LANG, else uk.");
        var defaultLang = runtime.DefaultLangCode;
        Lang.DefaultValueFactory = _ => defaultLang;
        Seed.Description = runtime.T("Зерно для всіх випадкових чисел; те саме зерно дає ті самі рисунки.", "Seed for every random number; the same seed gives the same figures.");
        Size.Description = runtime.T($"Розмір рисунків у пікселях, ШИРИНАxВИСОТА (типово 16:9 {FigureSize.Default}; напр. 1920x1080).",
            $"Figure size in pixels, WIDTHxHEIGHT (16:9 default {FigureSize.Default}; e.g. 1920x1080).");
        Lang.AcceptOnlyFromAmong("uk", "en");
        Size.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (FigureSize.TryParse(text) is null)
            {
                result.AddError(runtime.T($"--size має бути на зразок 1600x900, кожна сторона {FigureSize.MinSide}..{FigureSize.MaxSide} пікселів (дано «{text}»).",
                    $"--size must look like 1600x900, each side {FigureSize.MinSide}..{FigureSize.MaxSide} pixels (got '{text}')."));
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
        Lang: LangNames.TryParse(parse.GetValue(Lang)) ?? Language.Lang.Uk,
        Seed: parse.GetValue(Seed),
        Size: FigureSize.TryParse(parse.GetValue(Size)) ?? FigureSize.Default,
        Reporter: new SpectreReporter(runtime.Console, runtime.Interactive));
}
