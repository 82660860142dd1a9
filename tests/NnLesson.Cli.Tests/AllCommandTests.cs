using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NnLesson.Slides;

namespace NnLesson.Cli.Tests;

/// <summary>`nnlesson all`: every figure of the catalogue plus a manifest with the documented keys.</summary>
public class AllCommandTests
{
    private static readonly string[] ExpectedFiles =
    [
        "slide3_and.png", "slide3_or.png", "slide3_xor.png", "slide4_hidden.png", "slide4_boundary.png",
        "slide5_activations.png", "slide5_derivatives.png", "slide5_loss.png", "slide5_boundary_trained.png",
        "slide7_convolution.png", "slide7_filters.png", "slide7_depth.png", "slide7_residual.png", "slide7_cam.png",
        "slide8_pipeline.png", "manifest.json",
        "slide3_and.gif", "slide5_training.gif", "slide7_convolution.gif", "index.html",
    ];

    [Fact]
    public void All_writes_every_figure_and_a_manifest_that_describes_them()
    {
        var folder = RepoPaths.NewTempFolder();
        var run = CliRun.Of("all", "--out", folder, "--lang", "en", "--size", "960x540");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToHashSet();
        Assert.Superset(ExpectedFiles.ToHashSet(), files!);
        Assert.Single(files, f => f!.StartsWith("slide6_", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f!.EndsWith(".tmp", StringComparison.Ordinal));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        Assert.Equal(NnLesson.Slides.Running.SlideContext.DefaultSeed, (int)manifest["parameters"]!["seed"]!);
        Assert.Equal("en", (string)manifest["parameters"]!["lang"]!);

        // Every PNG and GIF in the folder is listed once, with its real size and hash, under its slide.
        var figures = manifest["figures"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(files.Count(f => f!.EndsWith(".png", StringComparison.Ordinal) || f!.EndsWith(".gif", StringComparison.Ordinal)), figures.Count); // besides figures: manifest.json, index.html, and head.json when teach found a data set
        foreach (var figure in figures)
        {
            var path = Path.Combine(folder, (string)figure["file"]!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), (string)figure["sha256"]!);
            Assert.Equal((960, 540), ((int)figure["width"]!, (int)figure["height"]!));
            Assert.Contains((string)figure["slide"]!, SlideCatalogue.All.Select(e => e.Id));
            using var bitmap = PngAssert.IsFigure(path, 960, 540);
        }

        var metrics = manifest["metrics"]!;
        foreach (var gate in new[] { "AND", "OR" })
        {
            var m = metrics["slide3"]![gate]!.AsObject();
            Assert.True((bool)m["converged"]!);
            foreach (var key in new[] { "epochs", "w1", "w2", "bias" })
            {
                Assert.True(m.ContainsKey(key), $"slide3.{gate}.{key} missing");
            }
        }
        Assert.False((bool)metrics["slide3"]!["XOR"]!["converged"]!);
        Assert.True(metrics["slide3"]!["XOR"]!.AsObject().ContainsKey("epochs"));

        var train = metrics["slide5-train"]!.AsObject();
        foreach (var key in new[] { "final_loss", "train_accuracy", "validation_accuracy", "gradient_check_max_relative_error", "epochs" })
        {
            Assert.True(train.ContainsKey(key), $"slide5-train.{key} missing");
        }
        Assert.True((double)train["validation_accuracy"]! >= 0.96, "the slide promises ≥ 96 % validation accuracy with the defaults");
        Assert.True((double)train["gradient_check_max_relative_error"]! < 1e-4);

        var slide6 = metrics["slide6"]!.AsObject();
        Assert.Contains((string)slide6["backend"]!, new[] { "onnx", "fallback" });
        var model = (string?)slide6["model"];
        Assert.False(string.IsNullOrEmpty(model));
        Assert.Contains((string)slide6["backend"]! == "onnx" ? $"slide6_{model}.png" : "slide6_fallback.png", files);
        var top = slide6["top"]!.AsArray();
        Assert.Equal(5, top.Count); // the default --top; the fallback has 11 colours, so 5 either way
        Assert.All(top, p => Assert.InRange((double)p!["probability"]!, 0.0, 1.0));
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_from_scratch_figures()
    {
        string[] Hashes(string folder) =>
        [
            .. new[] { "slide3_and.png", "slide4_boundary.png", "slide5_boundary_trained.png" }
                .Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f))))),
        ];
        var first = RepoPaths.NewTempFolder();
        var second = RepoPaths.NewTempFolder();
        foreach (var folder in new[] { first, second })
        {
            foreach (var slide in new[] { "slide3", "slide4", "slide5-train" })
            {
                Assert.Equal(ExitCodes.Success, CliRun.Of(slide, "--out", folder, "--size", "800x450", "--seed", "11").ExitCode);
            }
        }
        Assert.Equal(Hashes(first), Hashes(second));
    }
}
