using System.Globalization;
using NnLesson.Cli.Reporting;
using Spectre.Console;

namespace NnLesson.Cli.Classify;

/// <summary>The terminal view: one row per photo — top-1 class and probability, then the runners-up compactly.</summary>
internal static class ClassifyTable
{
    public static Table Build(IReadOnlyList<ClassifiedImage> results, int top)
    {
        // Photos from one folder (the usual case) are listed by file name, with the folder once in the caption.
        var folders = results.Select(r => Path.GetDirectoryName(r.Image) ?? "").Distinct(StringComparer.Ordinal).ToList();
        var oneFolder = folders.Count == 1 && folders[0].Length > 0;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Image").NoWrap()).AddColumn(new TableColumn("Top-1").NoWrap())
            .AddColumn(new TableColumn("p").RightAligned().NoWrap());
        if (top > 1)
        {
            table.AddColumn("Next");
        }
        foreach (var item in results)
        {
            var best = item.Result.Top[0];
            var cells = new List<string>
            {
                SafeMarkup.Of(oneFolder ? Path.GetFileName(item.Image) : item.Image),
                $"[bold]{SafeMarkup.Of(best.Label)}[/] [grey]#{best.Index}[/]",
                Percent(best.Probability),
            };
            if (top > 1)
            {
                cells.Add(string.Join(" · ", item.Result.Top.Skip(1).Select(p => $"{SafeMarkup.Of(p.Label)} {Percent(p.Probability)}")));
            }
            table.AddRow(cells.ToArray());
        }
        if (oneFolder)
        {
            table.Caption($"in {SafeMarkup.Of(folders[0])}");
        }
        return table;
    }

    /// <summary>0.9912 → "99.1%"; below 0.1% → "&lt;0.1%" rather than a misleading "0.0%" (--json has the exact values).</summary>
    public static string Percent(double probability)
    {
        var percent = probability * 100;
        return percent >= 0.05 ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "<0.1%";
    }
}
