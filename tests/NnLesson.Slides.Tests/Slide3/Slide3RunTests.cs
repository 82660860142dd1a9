using System.Text.Json.Nodes;
using NnLesson.Core.Perceptrons;
using NnLesson.Figures.Slide3;
using NnLesson.Slides.Lessons;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide3;

/// <summary>One run of slide 3 with the defaults (Ukrainian, seed 42), shared by the tests that only read it.</summary>
public sealed class Slide3DefaultRun
{
    public Slide3DefaultRun() => (Outcome, Reporter, Folder) = Slide3RunTests.RunSlide();

    public SlideOutcome Outcome { get; }

    public RecordingReporter Reporter { get; }

    public string Folder { get; }
}

public class Slide3RunTests(Slide3DefaultRun run) : IClassFixture<Slide3DefaultRun>
{
    // Small figures keep the test fast; the layout scales, so what holds here holds at 1600×900.
    private static readonly FigureSize Small = new(960, 540);

    public static (SlideOutcome Outcome, RecordingReporter Reporter, string Folder) RunSlide(Lang lang = Lang.Uk, int seed = SlideContext.DefaultSeed)
    {
        var run = SlideRun.Of(Slide3PerceptronGate.Run, Small, lang, seed);
        return (run.Outcome, run.Reporter, run.Folder);
    }

    [Fact]
    public void Writes_the_three_figures_and_the_manifest()
    {
        var (outcome, folder) = (run.Outcome, run.Folder);
        Assert.Equal(Slide3PerceptronGate.FigureFiles, outcome.Figures.Select(f => f.FileName));
        foreach (var file in Slide3PerceptronGate.FigureFiles)
        {
            using var bitmap = PngAssert.IsFigure(Path.Combine(folder, file), Small.Width, Small.Height);
        }
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        Assert.Equal(4, manifest["figures"]!.AsArray().Count); // three PNGs and slide3_and.gif
        Assert.NotNull(manifest["metrics"]!["slide3"]!["AND"]);
    }

    [Fact]
    public void Metrics_have_the_promised_keys_and_tell_the_story()
    {
        var outcome = run.Outcome;
        var metrics = outcome.Metrics!;
        Assert.Equal(["AND", "OR", "XOR"], metrics.Select(kv => kv.Key).Order());
        foreach (var gate in new[] { "AND", "OR" })
        {
            var m = metrics[gate]!.AsObject();
            Assert.Superset(new HashSet<string>(["converged", "epochs", "w1", "w2", "bias"]), m.Select(kv => kv.Key).ToHashSet());
            Assert.True(m["converged"]!.GetValue<bool>());
            Assert.InRange(m["epochs"]!.GetValue<int>(), 1, 99);
        }
        var xor = metrics["XOR"]!.AsObject();
        Assert.Superset(new HashSet<string>(["converged", "epochs"]), xor.Select(kv => kv.Key).ToHashSet());
        Assert.False(xor["converged"]!.GetValue<bool>());
        Assert.Equal(100, xor["epochs"]!.GetValue<int>());

        // The learned AND weights really compute AND: z ≥ 0 only at (1, 1).
        var and = metrics["AND"]!;
        double w1 = and["w1"]!.GetValue<double>(), w2 = and["w2"]!.GetValue<double>(), b = and["bias"]!.GetValue<double>();
        Assert.Equal([0, 0, 0, 1], new[] { (0, 0), (0, 1), (1, 0), (1, 1) }.Select(x => w1 * x.Item1 + w2 * x.Item2 + b >= 0 ? 1 : 0));
    }

    [Fact]
    public void The_reporter_gets_one_training_table_per_gate()
    {
        var (outcome, reporter) = (run.Outcome, run.Reporter);
        Assert.Equal(3, reporter.Tables.Count);
        foreach (var table in reporter.Tables)
        {
            Assert.Equal(["епоха", "w1", "w2", "b", "помилки"], table.Columns); // the run is Ukrainian: so is the console
            Assert.Equal("0", table.Rows[0][0]); // the starting weights
            Assert.All(table.Rows, row => Assert.Equal(5, row.Count));
        }
        // Every gate starts from the same seeded line: only the truth table differs.
        Assert.Single(reporter.Tables.Select(t => string.Join(" ", t.Rows[0])).Distinct());
        var and = reporter.Tables[0];
        Assert.StartsWith("AND", and.Title);
        // Start row + one row per epoch, the last one error-free.
        Assert.Equal(outcome.Metrics!["AND"]!["epochs"]!.GetValue<int>() + 1, and.Rows.Count);
        Assert.Equal("0", and.Rows[^1][4]);
        var xor = reporter.Tables[2];
        Assert.StartsWith("XOR", xor.Title);
        Assert.Equal("100", xor.Rows[^1][0]);
        Assert.Contains(xor.Rows, row => row[0] == "…");
        Assert.DoesNotContain(xor.Rows.Skip(1), row => row[4] == "0");
    }

    [Fact]
    public void The_two_sides_of_the_learned_and_line_differ_in_colour()
    {
        var (outcome, folder) = (run.Outcome, run.Folder);
        var and = outcome.Metrics!["AND"]!;
        double w1 = and["w1"]!.GetValue<double>(), w2 = and["w2"]!.GetValue<double>(), b = and["bias"]!.GetValue<double>();
        var layout = Slide3Layout.For(Small);
        using var bitmap = PngAssert.Decode(Path.Combine(folder, "slide3_and.png"));

        int positive = 0, negative = 0;
        var v = Slide3Layout.Visible;
        for (var i = 0; i < 12; i++)
        {
            for (var j = 0; j < 12; j++)
            {
                var x1 = v.XMin + (i + 0.5) * v.Width / 12;
                var x2 = v.YMin + (j + 0.5) * v.Height / 12;
                if (NearPointOrLabel(x1, x2) || Math.Abs(w1 * x1 + w2 * x2 + b) / Math.Sqrt(w1 * w1 + w2 * w2) < 0.08)
                {
                    continue;
                }
                var (px, py) = layout.PixelOf(x1, x2);
                var c = bitmap.GetPixel((int)px, (int)py);
                if (w1 * x1 + w2 * x2 + b >= 0)
                {
                    positive++;
                    Assert.True(c.Red > c.Blue + 20, $"({x1:F2}, {x2:F2}) has z ≥ 0 and should be vermillion-tinted, was {c}");
                }
                else
                {
                    negative++;
                    Assert.True(c.Blue > c.Red + 20, $"({x1:F2}, {x2:F2}) has z < 0 and should be blue-tinted, was {c}");
                }
            }
        }
        Assert.True(positive >= 5 && negative >= 5, $"too few samples: {positive} on the y = 1 side, {negative} on the y = 0 side");
    }

    [Fact]
    public void The_xor_figure_rings_exactly_the_points_the_last_line_gets_wrong()
    {
        var (outcome, folder) = (run.Outcome, run.Folder);
        var xor = outcome.Metrics!["XOR"]!;
        double w1 = xor["w1"]!.GetValue<double>(), w2 = xor["w2"]!.GetValue<double>(), b = xor["bias"]!.GetValue<double>();
        var layout = Slide3Layout.For(Small);
        using var bitmap = PngAssert.Decode(Path.Combine(folder, "slide3_xor.png"));
        (double X1, double X2, int T)[] rows = [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)];
        var ringRadius = GatePlane.RingRadius(layout);
        var wrong = 0;
        foreach (var (x1, x2, t) in rows)
        {
            var isWrong = (w1 * x1 + w2 * x2 + b >= 0 ? 1 : 0) != t;
            wrong += isWrong ? 1 : 0;
            var (px, py) = layout.PixelOf(x1, x2);
            // Darkest pixel on a short horizontal run across the ring's left edge (left: no label there).
            var darkest = Enumerable.Range(-3, 7)
                .Select(dx => bitmap.GetPixel((int)(px - ringRadius) + dx, (int)py))
                .Min(c => c.Red + c.Green + c.Blue);
            if (isWrong)
            {
                Assert.True(darkest < 200, $"({x1}, {x2}) is misclassified and should have a dark ring; darkest sum {darkest}");
            }
            else
            {
                Assert.True(darkest > 450, $"({x1}, {x2}) is classified right and should have no ring; darkest sum {darkest}");
            }
        }
        Assert.InRange(wrong, 1, 4); // no line gets all four XOR points right
        Assert.Equal(wrong, xor["misclassified_by_final_weights"]!.GetValue<int>());
    }

    [Fact]
    public void Same_seed_same_pixels_and_the_language_changes_the_text()
    {
        var uk1 = (run.Outcome, run.Reporter);
        var uk2 = RunSlide(Lang.Uk);
        var en = RunSlide(Lang.En);
        Assert.Equal(uk1.Outcome.Figures.Select(f => f.Sha256), uk2.Outcome.Figures.Select(f => f.Sha256));
        Assert.All(uk1.Outcome.Figures.Zip(en.Outcome.Figures), pair => Assert.NotEqual(pair.First.Sha256, pair.Second.Sha256));
        Assert.Contains(uk1.Reporter.Lines, l => l.Contains("Слайд 3: перцептрон вчиться функції AND"));
        Assert.Contains(en.Reporter.Lines, l => l.Contains("Slide 3: the perceptron learns AND"));
    }

    [Fact]
    public void The_seed_picks_the_starting_weights()
    {
        var other = RunSlide(seed: 7).Outcome.Metrics!;
        var expected = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(7)), LogicGates.And);
        Assert.Equal(expected.Trained.W1, other["AND"]!["w1"]!.GetValue<double>());
        Assert.NotEqual(run.Outcome.Metrics!["AND"]!["w1"]!.GetValue<double>(), other["AND"]!["w1"]!.GetValue<double>());
    }

    /// <summary>Within a marker, its ring or its "t = …" / "z = …" labels (which sit to the right of the point).</summary>
    private static bool NearPointOrLabel(double x1, double x2)
    {
        foreach (var (px, py) in new[] { (0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0) })
        {
            if (x1 > px - 0.2 && x1 < px + 0.75 && Math.Abs(x2 - py) < 0.2)
            {
                return true;
            }
        }
        return false;
    }
}
