using System.Text.Json.Nodes;
using NnLesson.Core.Activations;
using NnLesson.Core.Networks;
using NnLesson.Figures.Common;
using NnLesson.Figures.Slide4;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Manifest;
using NnLesson.Slides.Reporting;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Slide4;

public class Slide4MlpForwardTests
{
    private static readonly FigureSize Size = new(800, 450);

    private static SlideRun Run(int seed = 42, Lang lang = Lang.Uk) => SlideRun.Of(Slide4MlpForward.Run, Size, lang, seed);

    /// <summary>One default run (seed 42, Ukrainian) shared by the tests that only read its outputs.</summary>
    private static readonly Lazy<SlideRun> Default = new(() => Run());

    [Fact]
    public void Writes_both_figures_at_the_requested_size()
    {
        var (outcome, _, folder) = Default.Value;
        Assert.Equal(Slide4MlpForward.FigureFiles, outcome.Figures.Select(f => f.FileName).ToList());
        foreach (var file in Slide4MlpForward.FigureFiles)
        {
            using var bitmap = PngAssert.IsFigure(Path.Combine(folder, file), Size.Width, Size.Height);
        }
        Assert.Equal(8, (int)outcome.Parameters!["hidden"]!);
    }

    [Theory]
    [InlineData("X", "[4, 2]")]
    [InlineData("W1", "[2, 8]")]
    [InlineData("b1", "[8]")]
    [InlineData("Z1", "[4, 8]")]
    [InlineData("H", "[4, 8]")]
    [InlineData("W2", "[8, 1]")]
    [InlineData("b2", "[1]")]
    [InlineData("Z2", "[4, 1]")]
    [InlineData("Y", "[4, 1]")]
    public void Prints_the_shape_of_every_array_of_the_forward_pass(string array, string shape)
    {
        var (_, reporter, _) = Default.Value;
        // The shapes table: its title, the column names, a rule, then one row per array (name first, shape last).
        var lines = reporter.Lines.ToList();
        var title = lines.FindIndex(l => l.StartsWith("Форми прямого проходу", StringComparison.Ordinal));
        Assert.True(title >= 0, "the shapes table is missing");
        var rows = lines.Skip(title + 3).Take(9).ToList();
        var row = Assert.Single(rows, l => l.TrimStart().StartsWith(array + " ", StringComparison.Ordinal));
        Assert.EndsWith(" " + shape, row.TrimEnd());
    }

    [Fact]
    public void Batch_probabilities_match_a_hand_written_forward_pass()
    {
        var (outcome, _, _) = Run(seed: 7);
        var network = Slide4MlpForward.CreateNetwork(7);
        // Reference: the formulas written out as loops, independent of Matrix and TwoLayerMlp.Forward.
        var expected = Slide4MlpForward.WorkedBatch.Select(p =>
        {
            var z2 = network.B2[0];
            for (var j = 0; j < network.Hidden; j++)
            {
                var z1 = p.X1 * network.W1[0, j] + p.X2 * network.W1[1, j] + network.B1[j];
                z2 += Math.Max(0, z1) * network.W2[j, 0];
            }
            return 1 / (1 + Math.Exp(-z2));
        }).ToArray();
        var actual = outcome.Metrics!["batch_probabilities"]!.AsArray().Select(v => (double)v!).ToArray();
        Tolerance.AllClose(actual, expected, atol: 1e-6, rtol: 0, "batch probabilities (rounded to 6 decimals in the manifest)");
    }

    [Fact]
    public void Slide_network_adds_random_biases_to_the_weights_of_its_seed()
    {
        var network = Slide4MlpForward.CreateNetwork(42);
        // The weights are those the zero-bias factory draws from the same seed; only b1 and b2 are new.
        var zeroBias = TwoLayerMlp.CreateRandom(Slide4MlpForward.Inputs, Slide4MlpForward.Hidden, new Random(42));
        Assert.Equal(zeroBias.W1.Data, network.W1.Data);
        Assert.Equal(zeroBias.W2.Data, network.W2.Data);
        Assert.All(network.B1, b => Assert.NotEqual(0.0, b));
        Assert.NotEqual(0.0, network.B2[0]);
        Assert.Equal(Slide4MlpForward.BiasStd, (double)Default.Value.Outcome.Parameters!["bias_std"]!);
    }

    [Fact]
    public void Switch_on_lines_sit_at_varied_places_and_most_cross_the_shown_plane()
    {
        // Unit j switches on along w₁·x₁ + w₂·x₂ + b = 0, at distance |b| / ‖w‖ from the origin (0 for every unit
        // with zero biases). Over many seeds: the lines spread out from the origin (median distance about 0.58 for
        // ‖w‖ ~ Rayleigh(1), b ~ N(0, 1)), and most still cross the plane [−2, 2]² the figure shows.
        var distances = new List<double>();
        var crossing = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            var network = Slide4MlpForward.CreateNetwork(seed);
            for (var j = 0; j < network.Hidden; j++)
            {
                var (w1, w2, b) = (network.W1[0, j], network.W1[1, j], network.B1[j]);
                distances.Add(Math.Abs(b) / Math.Sqrt(w1 * w1 + w2 * w2));
                if (SwitchOnLine.Clip(w1, w2, b, Slide4MlpForward.Plane) is not null)
                {
                    crossing++;
                }
            }
        }
        distances.Sort();
        var median = distances[distances.Count / 2];
        Assert.InRange(median, 0.4, 0.8);
        Assert.True(distances.Count(d => d < 0.05) < distances.Count / 10, "only a few lines should pass (almost) through the origin");
        Assert.InRange(crossing / (double)distances.Count, 0.85, 0.99);
    }

    [Fact]
    public void Plane_fraction_of_class_1_matches_a_grid_count()
    {
        var (outcome, _, _) = Default.Value;
        var network = Slide4MlpForward.CreateNetwork(42);
        // The default 200 × 120 grid of cell centres over the slide's plane, counted by hand.
        const int cols = 200, rows = 120;
        var plane = Slide4MlpForward.Plane;
        var above = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var x1 = plane.XMin + (c + 0.5) * plane.Width / cols;
                var x2 = plane.YMax - (r + 0.5) * plane.Height / rows;
                var z2 = network.B2[0];
                for (var j = 0; j < network.Hidden; j++)
                {
                    z2 += Relu.Instance.Value(x1 * network.W1[0, j] + x2 * network.W1[1, j] + network.B1[j]) * network.W2[j, 0];
                }
                if (Sigmoid.Apply(z2) > 0.5)
                {
                    above++;
                }
            }
        }
        Tolerance.Close((double)outcome.Metrics!["plane_fraction_class1"]!, above / (double)(rows * cols), atol: 1e-4, what: "fraction of class 1");
    }

    [Fact]
    public void Same_seed_gives_identical_pngs_and_another_seed_different_ones()
    {
        var (a, _, folderA) = Run(seed: 3);
        var (b, _, folderB) = Run(seed: 3);
        var (c, _, folderC) = Run(seed: 4);
        foreach (var file in Slide4MlpForward.FigureFiles)
        {
            var bytesA = File.ReadAllBytes(Path.Combine(folderA, file));
            Assert.Equal(bytesA, File.ReadAllBytes(Path.Combine(folderB, file)));
            Assert.NotEqual(bytesA, File.ReadAllBytes(Path.Combine(folderC, file)));
        }
        Assert.Equal(a.Figures.Select(f => f.Sha256), b.Figures.Select(f => f.Sha256));
        Assert.NotEqual(a.Figures.Select(f => f.Sha256), c.Figures.Select(f => f.Sha256));
    }

    [Fact]
    public void Ukrainian_and_English_figures_differ()
    {
        var (uk, _, _) = Default.Value;
        var (en, _, _) = Run(lang: Lang.En);
        Assert.NotEqual(uk.Figures[0].Sha256, en.Figures[0].Sha256);
        Assert.NotEqual(uk.Figures[1].Sha256, en.Figures[1].Sha256);
    }

    [Fact]
    public void Boundary_figure_colours_the_two_sides_of_the_contour_and_draws_the_contour_at_p_one_half()
    {
        var network = Slide4MlpForward.CreateNetwork(42);
        var plane = Slide4MlpForward.Plane;
        var field = ProbabilityField.Evaluate(network.PredictProbabilities, plane);
        var batch = new List<BatchPoint>();  // no markers: only the field and its contour
        var path = Path.Combine(RepoPaths.NewTempFolder(), RandomBoundaryFigure.FileName);
        var layout = RandomBoundaryFigure.Save(field, plane, batch, 8, 42, Lang.En, Size, path);
        using var bitmap = PngAssert.IsFigure(path, Size.Width, Size.Height);

        // Cells where the network is clearly on one side, found in the field itself (row 0 = top).
        var rows = field.GetLength(0);
        var cols = field.GetLength(1);
        (double X1, double X2) Centre(int r, int c) =>
            (plane.XMin + (c + 0.5) * plane.Width / cols, plane.YMax - (r + 0.5) * plane.Height / rows);
        SKColor At(double x1, double x2)
        {
            var p = layout.PixelOf(0, x1, x2);
            return bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y));
        }
        var (maxP, minP) = (0.0, 1.0);
        (double, double) hi = default, lo = default;
        for (var r = 5; r < rows - 5; r++)
        {
            for (var c = 5; c < cols - 5; c++)
            {
                if (field[r, c] > maxP)
                {
                    (maxP, hi) = (field[r, c], Centre(r, c));
                }
                if (field[r, c] < minP)
                {
                    (minP, lo) = (field[r, c], Centre(r, c));
                }
            }
        }
        Assert.True(maxP > 0.6 && minP < 0.4, $"the seed-42 network should be clearly on both sides somewhere (p from {minP:F2} to {maxP:F2})");
        var class1 = At(hi.Item1, hi.Item2);
        var class0 = At(lo.Item1, lo.Item2);
        Assert.True(class1.Red > class1.Blue + 30, $"p = {maxP:F2} should be vermillion-tinted, was {class1}");
        Assert.True(class0.Blue > class0.Red + 30, $"p = {minP:F2} should be blue-tinted, was {class0}");

        // The contour lies where p crosses 0.5: down the column x₁ ≈ −1.5 find the crossing and expect a dark pixel there.
        var col = (int)((-1.5 - plane.XMin) / plane.Width * cols);
        var crossing = Enumerable.Range(0, rows - 1).First(r => (field[r, col] - 0.5) * (field[r + 1, col] - 0.5) <= 0);
        var (cx, cy) = Centre(crossing, col);
        var cy2 = Centre(crossing + 1, col).X2;
        var onLine = At(cx, (cy + cy2) / 2);
        Assert.True(onLine.Red + onLine.Green + onLine.Blue < 200, $"the p = 0.5 contour at ({cx:F2}, {(cy + cy2) / 2:F2}) should be dark, was {onLine}");
        // Well away from it (0.5 above and below), no line.
        foreach (var dy in new[] { -0.5, 0.5 })
        {
            var off = At(cx, (cy + cy2) / 2 + dy);
            Assert.True(off.Red + off.Green + off.Blue > 500, $"no contour expected 0.5 away, was {off}");
        }
    }

    [Fact]
    public void Seed_script_path_writes_figures_and_a_manifest_with_their_hashes()
    {
        var folder = Path.Combine(RepoPaths.NewTempFolder(), "out");
        var context = new SlideContext(folder, Lang.En, 42, Size, new PlainTextReporter(TextWriter.Null));
        var outcomes = LessonRun.Execute(context, [Slide4MlpForward.Run]);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunManifest.FileName)))!;
        var figures = manifest["figures"]!.AsArray();
        Assert.Equal(Slide4MlpForward.FigureFiles, figures.Select(f => (string)f!["file"]!).ToList());
        Assert.Equal(outcomes[0].Figures.Select(f => f.Sha256), figures.Select(f => (string)f!["sha256"]!));
        Assert.Equal(8, (int)manifest["parameters"]![Slide4MlpForward.Id]!["hidden"]!);
    }
}
