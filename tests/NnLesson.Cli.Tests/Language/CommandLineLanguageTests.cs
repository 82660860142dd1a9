using NnLesson.Figures;

namespace NnLesson.Cli.Tests.Language;

/// <summary>
/// The command line speaks the run's language: --help, usage errors, run-time errors and classify's table are
/// Ukrainian by default and English with --lang en (or NNLESSON_LANG=en), decided from the raw arguments before
/// System.CommandLine builds its help texts.
/// </summary>
public class CommandLineLanguageTests
{
    [Theory]
    [InlineData(new string[0], null, Lang.Uk)]
    [InlineData(new[] { "all", "--lang", "en" }, null, Lang.En)]
    [InlineData(new[] { "--help", "--lang=en" }, null, Lang.En)]
    [InlineData(new[] { "slide3", "--lang:en" }, null, Lang.En)]
    [InlineData(new[] { "--help" }, "en", Lang.En)]                      // NNLESSON_LANG=en
    [InlineData(new[] { "slide3", "--lang", "uk" }, "en", Lang.Uk)]      // the argument beats the variable
    [InlineData(new[] { "slide3", "--lang", "xx" }, null, Lang.Uk)]      // a bad value: the parser reports it, in Ukrainian
    [InlineData(new[] { "slide3", "--lang", "xx" }, "EN", Lang.En)]
    [InlineData(new[] { "classify", "--", "--lang", "en" }, null, Lang.Uk)] // after "--" it is a file name
    [InlineData(new[] { "slide3", "--lang", "en", "--lang", "uk" }, null, Lang.Uk)]
    public void The_language_comes_from_the_arguments_then_the_variable_then_Ukrainian(string[] args, string? variable, Lang expected) =>
        Assert.Equal(expected, CliLanguage.From(args, variable));

    public static TheoryData<string> Commands() =>
    [
        "", "all", "classify", "model", "model list", "model download", "playground",
        .. NnLesson.Slides.SlideCatalogue.All.Select(e => e.Id),
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_in_Ukrainian_has_no_english_prose(string command)
    {
        var run = CliRun.Of([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Опис:", run.Output);
        Assert.Contains("Використання:", run.Output);
        Assert.DoesNotContain("Usage:", run.Output);
        // Slide titles keep English names of things (ONNX Runtime, ResNet-18), which the detector allows.
        // The usage line ("nnlesson model list [параметри]") is the command itself, not prose.
        var prose = EnglishProse.Find(string.Join("\n", run.Output.Split('\n').Where(l => !l.StartsWith("  nnlesson", StringComparison.Ordinal))));
        Assert.True(prose.Count == 0, $"English prose in `{command} --help`:\n" + string.Join("\n", prose));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_in_English_is_English(string command)
    {
        var run = CliRun.Of([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.DoesNotContain("Опис:", run.Output);
        Assert.DoesNotMatch("[А-Яа-яІіЇїЄєҐґ]{4,} [А-Яа-яІіЇїЄєҐґ]{4,}", run.Output.Replace("«Нейронні мережі: від теорії до практичного рішення»", ""));
    }

    [Theory]
    [InlineData(new[] { "slide3", "--seed", "abc" }, "«abc» — не ціле число (параметр --seed)")]
    [InlineData(new[] { "slide3", "--lang", "xx" }, "значення «xx» не підходить")]
    [InlineData(new[] { "slid3" }, "невідома команда «slid3»; можливо, «slide3»?")]
    [InlineData(new[] { "slide3", "--bogus" }, "невідомий аргумент або параметр «--bogus»")]
    [InlineData(new[] { "slide5-train", "--epochs", "0" }, "--epochs має бути від 1 до 1000000 (дано 0)")]
    [InlineData(new[] { "slide5-train", "--lr", "1,000.5" }, "--lr має бути числом на зразок 0,5 або 0.5")]
    [InlineData(new[] { "classify" }, "команді «classify» бракує аргументу")]
    [InlineData(new[] { "model", "download", "resnet1000" }, "невідома модель «resnet1000»")]
    public void Usage_errors_are_one_Ukrainian_line_with_exit_code_2(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("nnlesson: ", line);
        Assert.Contains(expected, line);
        Assert.EndsWith("(див. «nnlesson --help»)", line);
        Assert.Empty(EnglishProse.Find(line));
    }

    [Fact]
    public void A_missing_photo_is_one_Ukrainian_line_with_exit_code_1_and_English_with_lang_en()
    {
        var folder = RepoPaths.NewTempFolder();
        var uk = CliRun.Of("slide6", "--image", "/nonexistent/кіт.jpg", "--out", folder);
        var en = CliRun.Of("slide6", "--image", "/nonexistent/кіт.jpg", "--out", folder, "--lang", "en");

        Assert.Equal(1, uk.ExitCode);
        Assert.Equal("nnlesson: Фото «/nonexistent/кіт.jpg» не знайдено.", Assert.Single(uk.ErrorLines));
        Assert.Equal(1, en.ExitCode);
        Assert.Equal("nnlesson: Image '/nonexistent/кіт.jpg' was not found.", Assert.Single(en.ErrorLines));
    }

    [Fact]
    public void Classify_speaks_the_chosen_language()
    {
        var uk = CliRun.Of("classify", RepoPaths.SamplePhoto, "--lang", "uk");
        var en = CliRun.Of("classify", RepoPaths.SamplePhoto, "--lang", "en");

        Assert.True(uk.ExitCode == 0, uk.Error);
        Assert.Contains("Рушій:", uk.Output);
        Assert.Contains("Фото", uk.Output);
        Assert.Contains("Класифіковано 1 з 1 фото за ", uk.Output);
        Assert.Matches(@"\d,\d\u00A0%", uk.Output); // a decimal comma, then the percent after a no-break space
        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Contains("Backend:", en.Output);
        Assert.Contains("1 of 1 photo(s) classified in ", en.Output);
        Assert.DoesNotContain("Рушій", en.Output);
    }
}
