namespace NnLesson.Cli.Tests.Reliability;

/// <summary>
/// Probe G9 (December 2026): terminal control sequences in class folder names, photo file names and head.json class
/// names reached the terminal raw, so a downloaded data set could clear or retitle the lecturer's projected terminal
/// (or write its clipboard through OSC 52). Whatever came from a file or a file name is printed with its control
/// characters written out as visible escapes (\x1B, \x07).
/// </summary>
public class TerminalControlTests
{
    private const string Title = "\u001b]0;pwned\u0007";
    private const string Clear = "\u001b[2J";

    private static void AssertNoControlCharacters(CliRun run)
    {
        foreach (var (name, text) in new[] { ("stdout", run.Output), ("stderr", run.Error) })
        {
            var bad = text.Where(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t').Select(c => $"U+{(int)c:X4}").Distinct();
            Assert.True(!bad.Any(), $"{name} holds raw control characters {string.Join(", ", bad)}: {text}");
        }
    }

    [SharedFact]
    public void Teach_prints_class_folder_and_photo_names_with_control_characters_escaped()
    {
        var data = TeachData.SmallCopy(4);
        var red = $"\u001b[31mRED\u001b[0m{Title}";
        Directory.Move(Path.Combine(data, "ants"), Path.Combine(data, red));
        File.WriteAllText(Path.Combine(data, "bees", $"{Title}{Clear}x.jpg"), "not a photo");

        var run = CliRun.Of("teach", data, "--out", RepoPaths.NewTempFolder(), "--cache", RepoPaths.NewTempFolder(), "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        AssertNoControlCharacters(run);
        Assert.Contains(@"\x1B[31mRED\x1B[0m\x1B]0;pwned\x07", run.Output);
        Assert.Contains(@"\x1B]0;pwned\x07\x1B[2Jx.jpg", run.Output + run.Error);
    }

    [Fact]
    public void Classify_prints_a_photo_name_with_control_characters_escaped()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, $"{Title}{Clear}x.jpg"), "not a photo");

        var run = CliRun.Of("classify", folder);

        AssertNoControlCharacters(run);
        Assert.Contains(@"\x1B]0;pwned\x07\x1B[2Jx.jpg", run.Error);
    }
}

/// <summary>The sanitiser against the characters terminals act on, each written out by hand.</summary>
public class ConsoleTextTests
{
    [Theory]
    [InlineData("plain ім'я 🐝", "plain ім'я 🐝")]
    [InlineData("\u001b]52;c;aGk=\u0007", @"\x1B]52;c;aGk=\x07")]      // OSC 52: write the clipboard
    [InlineData("a\u009b2Jb", @"a\x9B2Jb")]                             // C1 CSI, one character
    [InlineData("a\u007fb\u0000c", @"a\x7Fb\x00c")]
    [InlineData("evil\u202Egpj.exe", @"evil\u202Egpj.exe")]             // right-to-left override
    [InlineData("x\ry", @"x\x0Dy")]
    public void Control_characters_become_visible_escapes(string text, string expected) =>
        Assert.Equal(expected, Files.ConsoleText.Safe(text));

    [Fact]
    public void Line_breaks_and_tabs_survive_only_when_kept() =>
        Assert.Equal(("a\nb\tc", @"a\x0Ab\x09c"), (Files.ConsoleText.Safe("a\nb\tc", keepLineBreaks: true), Files.ConsoleText.Safe("a\nb\tc")));
}
