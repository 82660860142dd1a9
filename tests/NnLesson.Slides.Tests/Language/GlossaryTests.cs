using System.Text.RegularExpressions;
using NnLesson.Figures.Text;

namespace NnLesson.Slides.Tests.Language;

/// <summary>
/// One name per concept: no source file (console, figures, deck, playground, slide programs) and no README uses a
/// variant the glossary forbids; and the rule for Ukrainian plurals against the textbook examples.
/// </summary>
public class GlossaryTests
{
    /// <summary>Everything a Ukrainian room reads: the sources of every project and slide program, the page assets, the READMEs.</summary>
    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) != "Glossary.cs")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "slides"), "*.cs"))
            .Concat([Path.Combine(RepoPaths.Root, "README.md")]);

    /// <summary>The variant at the start of a word (so «теку» does not match «бібліотеку»), any case.</summary>
    internal static Regex Pattern(string variant) =>
        new($"(?<!\\p{{L}}){Regex.Escape(variant)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Fact]
    public void No_file_uses_a_forbidden_variant()
    {
        var found = new List<string>();
        foreach (var file in Files())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var term in Glossary.Terms)
                {
                    foreach (var variant in term.Forbidden.Where(v => Pattern(v).IsMatch(lines[i])))
                    {
                        found.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: «{variant}» — glossary: «{term.Uk}» ({term.En})");
                    }
                }
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData("На цьому рисунку — поле зору нейрона.", "поле зору")]
    [InlineData("Перехресна ентропія падає.", "перехресна ентропія")]
    [InlineData("Фото лежать у теці data.", "теці")]
    public void The_check_catches_a_forbidden_variant(string line, string variant) =>
        Assert.Contains(Glossary.Terms.SelectMany(t => t.Forbidden), v => v == variant && Pattern(v).IsMatch(line));

    [Theory]
    [InlineData("рецептивне поле нейрона")]
    [InlineData("у бібліотеку й на поличку")] // «теку» inside a word is not «теку»
    [InlineData("найімовірніший клас")]     // «найімовірніший» is the superlative, not «імовірність»
    public void The_check_leaves_the_right_words_alone(string line) =>
        Assert.DoesNotContain(Glossary.Terms.SelectMany(t => t.Forbidden), v => Pattern(v).IsMatch(line));

    [Theory]
    [InlineData(1, "1 фільтр")]
    [InlineData(2, "2 фільтри")]
    [InlineData(4, "4 фільтри")]
    [InlineData(5, "5 фільтрів")]
    [InlineData(11, "11 фільтрів")]
    [InlineData(12, "12 фільтрів")]
    [InlineData(14, "14 фільтрів")]
    [InlineData(21, "21 фільтр")]
    [InlineData(22, "22 фільтри")]
    [InlineData(64, "64 фільтри")]
    [InlineData(100, "100 фільтрів")]
    [InlineData(111, "111 фільтрів")]
    [InlineData(1001, "1001 фільтр")]
    public void Ukrainian_plural_forms(int n, string expected) =>
        Assert.Equal(expected, $"{n} {UkrainianPlural.Form(n, "фільтр", "фільтри", "фільтрів")}");
}
