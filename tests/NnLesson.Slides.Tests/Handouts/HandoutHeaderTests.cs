using System.Text.RegularExpressions;

namespace NnLesson.Slides.Tests.Handouts;

/// <summary>
/// The single-file programs under slides/ are lecture handouts: each header says which files the program writes, and
/// that sentence must name exactly what its slide writes (the catalogue's figure files and manifest.json; teach also
/// head.json), so a new figure cannot be added without the handout saying so.
/// </summary>
public partial class HandoutHeaderTests
{
    private static string[] HandoutNames =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "slides"), "*.cs").Select(p => Path.GetFileName(p)).Order()];

    public static TheoryData<string> Handouts() => [.. HandoutNames];

    [Theory]
    [MemberData(nameof(Handouts))]
    public void The_writes_line_names_exactly_the_files_the_slide_writes(string handout)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "slides", handout));
        var id = SlideIdPattern().Match(text) is { Success: true } m
            ? m.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"{handout} does not call SlideScript.Parse(args, \"<slide id>\")");
        var entry = SlideCatalogue.Get(id);

        Assert.Equal(Expected(entry), Written(WritesSentence(handout, text)));
    }

    [Fact]
    public void No_handout_has_a_project_line_which_would_defeat_the_sdk_cache()
    {
        foreach (var handout in HandoutNames)
        {
            Assert.DoesNotContain("#:project", File.ReadAllText(Path.Combine(RepoPaths.Root, "slides", handout)));
        }
    }

    [Fact]
    public void A_header_that_forgets_a_figure_is_caught()
    {
        var entry = SlideCatalogue.Get("slide3");
        var stale = Written("// Writes slide3_and.png, slide3_or.png, slide3_xor.png and manifest.json, exactly as …");

        Assert.NotEqual(Expected(entry), stale);
    }

    /// <summary>The catalogue's files ("a | b" alternatives both named), manifest.json, teach's head.json and train-cnn's cnn.json.</summary>
    private static SortedSet<string> Expected(NnLesson.Slides.Running.SlideEntry entry)
    {
        var files = entry.FigureFiles.SelectMany(f => f.Split(" | ")).Append("manifest.json");
        return [.. entry.Id == NnLesson.Slides.Lessons.TeachLesson.Id ? files.Append("head.json")
            : entry.Id == NnLesson.Slides.Lessons.TrainCnnLesson.Id ? files.Append("cnn.json") : files];
    }

    /// <summary>The header's comment lines from "// Writes" to the end of that sentence ("does." or "`.").</summary>
    private static string WritesSentence(string handout, string text)
    {
        var lines = text.Split('\n').TakeWhile(l => l.StartsWith("//") || l.Trim().Length == 0 || l.StartsWith("#:")).ToList();
        var start = lines.FindIndex(l => l.StartsWith("// Writes"));
        Assert.True(start >= 0, $"{handout}: the header has no '// Writes …' line");
        var end = lines.FindIndex(start, l => l.TrimEnd().EndsWith('.'));
        return string.Join(' ', lines[start..(end + 1)]);
    }

    private static SortedSet<string> Written(string sentence) =>
        [.. FileNamePattern().Matches(sentence).Select(m => m.Value)];

    [GeneratedRegex("""SlideScript\.Parse\([^,]+,\s*"([a-z0-9-]+)"[,)]""")]
    private static partial Regex SlideIdPattern();

    /// <summary>A file name, without a leading folder ("outputs/slide3_and.png" → "slide3_and.png").</summary>
    [GeneratedRegex(@"[a-z0-9_<>]+\.(png|gif|json)")]
    private static partial Regex FileNamePattern();
}
