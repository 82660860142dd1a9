using System.Globalization;
using NnLesson.Cli.Reporting;
using NnLesson.Figures;
using NnLesson.Figures.Text;
using NnLesson.Slides.Lessons;
using Spectre.Console;

namespace NnLesson.Cli.Classify;

/// <summary>The terminal view: one row per photo — top-1 class and probability, then the runners-up compactly.</summary>
internal static class ClassifyTable
{
    /// <param name="classCount">1000 for an ImageNet model: a Ukrainian table then names the classes in Ukrainian with the English name after.</param>
    public static Table Build(IReadOnlyList<ClassifiedImage> results, int top, Lang lang = Lang.En, int classCount = 0)
    {
        // Photos from one folder (the usual case) are listed by file name, with the folder once in the caption.
        var folders = results.Select(r => Path.GetDirectoryName(r.Image) ?? "").Distinct(StringComparer.Ordinal).ToList();
        var oneFolder = folders.Count == 1 && folders[0].Length > 0;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(lang.Text("Фото", "Image")).NoWrap()).AddColumn(new TableColumn(lang.Text("Топ-1", "Top-1")).NoWrap())
            .AddColumn(new TableColumn("p").RightAligned().NoWrap());
        if (top > 1)
        {
            table.AddColumn(lang.Text("Далі", "Next"));
        }
        string Name(int index, string label) => ClassLabels.Console(index, label, classCount, lang);
        foreach (var item in results)
        {
            var best = item.Result.Top[0];
            var cells = new List<string>
            {
                SafeMarkup.Of(oneFolder ? Path.GetFileName(item.Image) : item.Image),
                $"[bold]{SafeMarkup.Of(Name(best.Index, best.Label))}[/] [grey]#{best.Index}[/]",
                Percent(best.Probability, lang),
            };
            if (top > 1)
            {
                cells.Add(string.Join(" · ", item.Result.Top.Skip(1).Select(p => $"{SafeMarkup.Of(Name(p.Index, p.Label))} {Percent(p.Probability, lang)}")));
            }
            table.AddRow(cells.ToArray());
        }
        if (oneFolder)
        {
            table.Caption(lang.Text($"у {SafeMarkup.Of(folders[0])}", $"in {SafeMarkup.Of(folders[0])}"));
        }
        return table;
    }

    /// <summary>0.9912 → "99.1%" (uk "99,1 %"); below 0.1% → "&lt;0.1%" rather than a misleading "0.0%" (--json has the exact values).</summary>
    public static string Percent(double probability, Lang lang = Lang.En)
    {
        var percent = probability * 100;
        return lang == Lang.En
            ? percent >= 0.05 ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "<0.1%"
            : percent >= 0.05 ? NumberText.Percent(probability, lang) : "<" + NumberText.Fixed(0.1, 1, lang) + NumberText.PercentSuffix(lang);
    }
}
