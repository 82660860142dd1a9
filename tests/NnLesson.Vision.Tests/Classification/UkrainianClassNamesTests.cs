using System.Text.RegularExpressions;
using NnLesson.Vision.Classification;

namespace NnLesson.Vision.Tests.Classification;

public partial class UkrainianClassNamesTests
{
    /// <summary>The only Latin a Ukrainian line may carry: a brand with no Ukrainian spelling.</summary>
    private static readonly Dictionary<int, string> LatinExceptions = new() { [605] = "iPod" };

    /// <summary>Lines that start with a proper name, so upper case is right there.</summary>
    private static readonly HashSet<int> CapitalisedExceptions = [661]; // Форд модель Т (Model T)

    /// <summary>Where ImageNet's English names repeat: 134/517 crane (bird, machine), 638/639 maillot.</summary>
    private static readonly (int, int)[] EnglishRepeats = [(134, 517), (638, 639)];

    private static IReadOnlyList<string> Names => UkrainianClassNames.Load();

    [Fact]
    public void There_are_1000_names_none_empty_or_padded()
    {
        Assert.Equal(1000, Names.Count);
        Assert.All(Names, name =>
        {
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.Equal(name.Trim(), name);
            Assert.DoesNotContain("  ", name);
            Assert.DoesNotContain('\r', name);
        });
    }

    [Fact]
    public void The_source_file_is_UTF8_without_BOM_with_LF_lines_and_is_what_is_embedded()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "NnLesson.Vision", "Classification", "imagenet_classes_uk.txt"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.Equal(string.Join("\n", Names) + "\n", text);
    }

    [Fact]
    public void Every_name_is_Cyrillic_with_only_the_listed_Latin_exceptions()
    {
        for (var i = 0; i < Names.Count; i++)
        {
            var name = Names[i];
            Assert.True(CyrillicLetter().IsMatch(name), $"class {i} '{name}' has no Cyrillic letter");
            var withoutException = LatinExceptions.TryGetValue(i, out var allowed) ? name.Replace(allowed, "", StringComparison.Ordinal) : name;
            Assert.False(LatinLetter().IsMatch(withoutException), $"class {i} '{name}' contains Latin letters");
            // Letters, spaces, hyphens, the typographic apostrophe (not ') and «» quotes: nothing else.
            Assert.True(AllowedCharacters().IsMatch(withoutException), $"class {i} '{name}' has a character outside the allowed set");
        }
    }

    [Fact]
    public void Names_start_lower_case_except_proper_names()
    {
        for (var i = 0; i < Names.Count; i++)
        {
            var first = Names[i][0];
            if (CapitalisedExceptions.Contains(i))
            {
                Assert.True(char.IsUpper(first), $"class {i} '{Names[i]}' is listed as a proper name");
            }
            else
            {
                Assert.False(char.IsUpper(first), $"class {i} '{Names[i]}' starts with a capital");
            }
        }
    }

    [Fact]
    public void Two_classes_share_a_name_only_where_ImageNet_repeats_the_English()
    {
        var repeats = EnglishRepeats.ToHashSet();
        var shared = Enumerable.Range(0, Names.Count)
            .GroupBy(i => Names[i], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.SelectMany(i => g.Where(j => j > i).Select(j => (i, j))))
            .ToList();
        foreach (var (i, j) in shared)
        {
            Assert.True(repeats.Contains((i, j)), $"classes {i} and {j} are both '{Names[i]}'");
        }
    }

    [SharedFact]
    public void Duplicates_follow_the_English_list_in_shared_models()
    {
        // The English list the model ships with (same bytes as PyTorch Hub's imagenet_classes.txt).
        var english = ImageNetLabels.Load(Path.Combine(RepoPaths.Shared, "models", "imagenet_classes.txt"));
        Assert.Equal(english.Length, Names.Count);
        for (var i = 0; i < english.Length; i++)
        {
            for (var j = i + 1; j < english.Length; j++)
            {
                if (Names[i] == Names[j])
                {
                    Assert.True(english[i] == english[j], $"'{Names[i]}' is both {i} '{english[i]}' and {j} '{english[j]}'");
                }
            }
        }
        // The pairs listed above really are ImageNet's repeats, so the shared-free test checks the right ones.
        Assert.All(EnglishRepeats, pair => Assert.Equal(english[pair.Item1], english[pair.Item2]));
    }

    [Theory]
    [InlineData(0, "лин")]
    [InlineData(1, "золота рибка")]
    [InlineData(2, "біла акула")]
    [InlineData(134, "журавель")]
    [InlineData(208, "лабрадор-ретривер")]
    [InlineData(235, "німецька вівчарка")]
    [InlineData(258, "самоїд")]
    [InlineData(285, "єгипетська кішка")]
    [InlineData(517, "підйомний кран")]
    [InlineData(605, "плеєр iPod")]
    [InlineData(948, "яблуко Гренні Сміт")]
    [InlineData(954, "банан")]
    [InlineData(999, "туалетний папір")]
    public void Well_known_classes(int index, string expected)
    {
        Assert.Equal(expected, UkrainianClassNames.For(index));
        Assert.Equal(expected, Names[index]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Outside_the_classes_there_is_no_name(int index)
    {
        Assert.Null(UkrainianClassNames.For(index));
    }

    [Fact]
    public void Load_is_cached()
    {
        Assert.Same(UkrainianClassNames.Load(), UkrainianClassNames.Load());
    }

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicLetter();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"^[\p{IsCyrillic} \-’«»]+$")]
    private static partial Regex AllowedCharacters();
}
