using NnLesson.Figures;
using NnLesson.Figures.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide7;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Inspection;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of slide 7: the photo (null = the repository's sample).</summary>
public sealed record Slide7Options(string? ImagePath)
{
    public static readonly Slide7Options Default = new((string?)null);
}

/// <summary>
/// Slide 7: inside the CNN. The lecture's ResNet-18 (NuGet backbone) runs on the from-scratch engine:
/// photo → resize 256, crop 224, BGR − mean image → x: [3, 224, 224] → conv1 [64, 112, 112] → layer1 [64, 56, 56]
/// → layer2 [128, 28, 28] → layer3 [256, 14, 14] → layer4 [512, 7, 7] → features [512, 1, 1], checked against
/// ONNX Runtime at every stage. Figures: one convolution by hand, the 64 learned filters, the maps through the depth,
/// one residual block, and class activation maps (MobileNetV2's head: the backbone has none).
/// </summary>
public static class Slide7InsideCnn
{
    public const string Id = "slide7";

    /// <summary>Top classes shown with a class activation map.</summary>
    public const int CamClasses = 3;

    public static readonly IReadOnlyList<string> FigureFiles =
        [ConvolutionFigure.FileName, FiltersFigure.FileName, DepthFigure.FileName, ResidualFigure.FileName, CamFigure.FileName];

    /// <summary>A vertical-edge detector (Sobel): bright on the left, dark on the right → a large positive response.</summary>
    public static readonly float[] EdgeKernel = [1, 0, -1, 2, 0, -2, 1, 0, -1];

    public static SlideOutcome Run(SlideContext context, Slide7Options options)
    {
        var report = context.Reporter;
        var lang = context.Lang;
        report.Heading(lang.Text("Слайд 7: усередині CNN — ResNet-18, обчислена з нуля", "Slide 7: inside the CNN — ResNet-18 computed from scratch"));
        var imagePath = RepoLocator.PhotoOrSample(options.ImagePath);
        var photo = ImageLoader.Load(imagePath);
        var photoName = Path.GetFileName(imagePath);

        var backbone = ResNet18Backbone.Shared();
        var (crop, input) = backbone.Preprocess.Run(photo);
        var block = FirstResidualBlock(backbone.Fast);
        var keep = backbone.Stages.Select(s => s.TensorName).Concat([block.Input, block.Branch, block.Sum, block.Output]).ToList();

        // The from-scratch forward pass (fast path), timed, and ONNX Runtime on the same input.
        backbone.Fast.Run(input, CnnRunOptions.Fast); // first pass packs the weights; time the second
        var clock = Stopwatch.StartNew();
        var run = backbone.Fast.Run(input, CnnRunOptions.Fast, keep);
        var fastMs = clock.Elapsed.TotalMilliseconds;
        using var reference = new OnnxRuntimeReference(File.ReadAllBytes(backbone.Package!.BackboneFile), [.. backbone.Stages.Select(s => s.TensorName)]);
        reference.Run(input);
        clock.Restart();
        var expected = reference.Run(input);
        var ortMs = clock.Elapsed.TotalMilliseconds;
        var fields = ReceptiveField.Of(backbone.Readable, ResNetPreprocess.Size);
        var parity = backbone.Stages.Select(s => StageParity(s.Label, s.TensorName, run.Kept[s.TensorName], expected[s.TensorName], fields[s.TensorName].Size))
            .Append(StageParity("features", backbone.Fast.OutputName, run.Output, expected[reference.Outputs[0]], ResNetPreprocess.Size)).ToList();
        ReportParity(report, parity, fastMs, ortMs, lang);

        var figures = new List<SavedFigure>
        {
            ConvolutionFigure.Save(ConvolutionByHand(crop, photoName), context.Lang, context.Size, context.OutputPath(ConvolutionFigure.FileName)),
            FiltersFigure.Save(Filters(backbone), context.Lang, context.Size, context.OutputPath(FiltersFigure.FileName)),
            DepthFigure.Save(new DepthData(crop, parity.Take(backbone.Stages.Count).Select((p, i) => DepthStage(p, run.Kept[backbone.Stages[i].TensorName])).ToList(), NetworkName),
                context.Lang, context.Size, context.OutputPath(DepthFigure.FileName)),
        };
        var residual = Residual(block, run);
        figures.Add(ResidualFigure.Save(residual, context.Lang, context.Size, context.OutputPath(ResidualFigure.FileName)));
        var cam = ClassActivationMaps(photo, report, lang);
        figures.Add(CamFigure.Save(cam, context.Lang, context.Size, context.OutputPath(CamFigure.FileName)));

        var metrics = new JsonObject
        {
            ["network"] = NetworkName,
            ["engine"] = "from scratch (im2col + Vector256 FMA GEMM, BN folded)",
            ["multiply_adds"] = backbone.Readable.MultiplyAdds(3, ResNetPreprocess.Size, ResNetPreprocess.Size),
            ["from_scratch_ms"] = Math.Round(fastMs, 2),
            ["onnx_runtime_ms"] = Math.Round(ortMs, 2),
            ["parity"] = new JsonArray(parity.Select(p => (JsonNode)new JsonObject
            {
                ["stage"] = p.Label,
                ["shape"] = p.Shape,
                ["receptive_field"] = p.ReceptiveField,
                ["max_abs_diff"] = p.MaxDiff,
                ["max_abs_reference"] = p.MaxRef,
                ["relative"] = p.Relative,
                ["within_1e-4"] = p.Relative <= 1e-4,
            }).ToArray()),
            ["mean_image_channel_means_bgr"] = new JsonArray(backbone.Preprocess.ChannelMeans.Select(v => (JsonNode)Math.Round(v, 3)).ToArray()),
            ["residual_block"] = residual.BlockName,
            ["residual_branch_to_input"] = Math.Round(residual.BranchToInputRatio, 4),
            ["cam_network"] = cam.NetworkName,
            ["top_class"] = cam.Classes?.FirstOrDefault()?.Label,
            ["top_probability"] = cam.Classes?.FirstOrDefault()?.Probability,
        };
        if (parity.Any(p => p.Relative > 1e-4))
        {
            report.Warning(lang.Text("Розбіжність з ONNX Runtime на якомусь етапі більша за 1e-4 · max|ref| (див. таблицю).",
                "Parity with ONNX Runtime is outside 1e-4 · max|ref| at some stage (see the table)."));
        }
        return new SlideOutcome(Id, figures, metrics, new JsonObject { ["image"] = Path.GetFullPath(imagePath) });
    }

    public const string NetworkName = "ResNet-18 (Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1, ImageNet)";

    /// <summary>One stage's comparison: max |Δ| against ONNX Runtime and the largest |reference| value.</summary>
    public sealed record Parity(string Label, string Shape, int ReceptiveField, double MaxDiff, double MaxRef, ChwTensor Tensor)
    {
        public double Relative => MaxDiff / Math.Max(MaxRef, 1e-30);
    }

    private static Parity StageParity(string label, string name, ChwTensor ours, float[] theirs, int field)
    {
        double maxDiff = 0, maxRef = 0;
        for (var i = 0; i < theirs.Length; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(ours.Data[i] - theirs[i]));
            maxRef = Math.Max(maxRef, Math.Abs(theirs[i]));
        }
        return new Parity(label, ours.ShapeText, field, maxDiff, maxRef, ours);
    }

    private static void ReportParity(Reporting.ISlideReporter report, IReadOnlyList<Parity> parity, double fastMs, double ortMs, Lang lang)
    {
        report.Table(lang.Text("З нуля проти ONNX Runtime, той самий вхід", "From scratch vs ONNX Runtime, same input"),
            [lang.Text("етап", "stage"), lang.Text("форма", "shape"), lang.Text("рецептивне поле", "receptive field"), "max |Δ|", "max |ref|", "|Δ| / max|ref|"],
            parity.Select(p => (IReadOnlyList<string>)[p.Label, p.Shape, $"{p.ReceptiveField} px",
                p.MaxDiff.ToString("E2", CultureInfo.InvariantCulture), p.MaxRef.ToString("G5", CultureInfo.InvariantCulture),
                p.Relative.ToString("E2", CultureInfo.InvariantCulture)]).ToList());
        report.Line(lang.Text(
            $"Прямий прохід: з нуля {NumberText.Fixed(fastMs, 1, lang)} мс, ONNX Runtime {NumberText.Fixed(ortMs, 1, lang)} мс (цей комп’ютер, цей запуск).",
            $"Forward pass: from scratch {NumberText.Fixed(fastMs, 1, lang)} ms, ONNX Runtime {NumberText.Fixed(ortMs, 1, lang)} ms (this machine, this run)."));
    }

    /// <summary>The tensors of the first residual block: its input x, the branch F(x) (before the Add), the sum and the ReLU after it.</summary>
    public sealed record BlockTensors(string Name, string Input, string Branch, string Sum, string Output, string Operators);

    public static BlockTensors FirstResidualBlock(CnnGraph graph)
    {
        var producers = graph.Steps.ToDictionary(s => s.Output, StringComparer.Ordinal);
        var add = graph.Steps.FirstOrDefault(s => s.Layer is AddLayer) ?? throw new LessonException("The network has no residual Add.");
        var relu = graph.Steps.First(s => s.Layer is ReluLayer && s.Inputs[0] == add.Output);
        // The shortcut is the input that is also read by the branch's first convolution; the other one is F(x).
        var shortcut = add.Inputs.First(i => !producers.TryGetValue(i, out var p) || p.Layer is not ConvLayer || graph.Steps.Any(s => s != add && s.Inputs.Contains(i)));
        var branch = add.Inputs.First(i => i != shortcut);
        var operators = new List<string>();
        for (var t = branch; producers.TryGetValue(t, out var step) && t != shortcut; t = step.Inputs[0])
        {
            operators.Insert(0, step.Layer is ConvLayer c ? $"Conv {c.Kernel.Height}×{c.Kernel.Width} → BN{(c.Relu ? " → ReLU" : "")}" : step.Layer.Describe());
        }
        return new BlockTensors("layer1, block 1", shortcut, branch, add.Output, relu.Output, string.Join(" → ", operators));
    }

    private static ResidualData Residual(BlockTensors block, CnnRun run)
    {
        var x = run.Kept[block.Input];
        var f = run.Kept[block.Branch];
        // A channel where both x and F(x) are substantial (largest min(mean |x|, mean |F(x)|)), so the sum visibly mixes them.
        var channel = Enumerable.Range(0, f.Channels).MaxBy(c => Math.Min(x.Plane(c).Average(v => Math.Abs(v)), f.Plane(c).Average(v => Math.Abs(v))));
        var ratio = f.Data.Average(v => Math.Abs(v)) / Math.Max(1e-12, x.Data.Average(v => Math.Abs(v)));
        return new ResidualData(block.Name, block.Operators, x.Channels, x.Height, x.Width, channel,
            x.Plane(channel), f.Plane(channel), run.Kept[block.Sum].Plane(channel), run.Kept[block.Output].Plane(channel), ratio);
    }

    /// <summary>Brightness x = (0.299 R + 0.587 G + 0.114 B)/255 of the crop, convolved with <see cref="EdgeKernel"/>, padding 1.</summary>
    public static ConvolutionByHandData ConvolutionByHand(RgbImage crop, string photoName)
    {
        var size = crop.Width;
        var gray = ChwTensor.Zeros(1, size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                gray[0, y, x] = (0.299f * crop[y, x, 0] + 0.587f * crop[y, x, 1] + 0.114f * crop[y, x, 2]) / 255f;
            }
        }
        var output = Conv2d.Forward(gray, new ConvKernel(1, 1, 3, 3, EdgeKernel), 1, Padding2d.All(1));
        // The position with the strongest response away from the border (so the whole patch is inside the photo).
        var (row, col) = (1, 1);
        for (var y = 1; y < size - 1; y++)
        {
            for (var x = 1; x < size - 1; x++)
            {
                if (Math.Abs(output[0, y, x]) > Math.Abs(output[0, row, col]))
                {
                    (row, col) = (y, x);
                }
            }
        }
        var patch = new float[9];
        for (var u = 0; u < 3; u++)
        {
            for (var v = 0; v < 3; v++)
            {
                patch[u * 3 + v] = gray[0, row + u - 1, col + v - 1];
            }
        }
        return new ConvolutionByHandData(photoName, gray.Data, output.Data, size, EdgeKernel, row, col, patch, output[0, row, col]);
    }

    /// <summary>The first convolution's weights [64, 3, 7, 7], its channels turned from B, G, R to R, G, B for display.</summary>
    private static FiltersData Filters(ResNet18Backbone backbone)
    {
        var kernel = backbone.FirstConvolution.Kernel;
        var k = kernel.Height;
        var rgb = new float[kernel.Weights.Length];
        for (var o = 0; o < kernel.OutChannels; o++)
        {
            for (var c = 0; c < 3; c++)
            {
                Array.Copy(kernel.Weights, (o * 3 + (2 - c)) * k * k, rgb, (o * 3 + c) * k * k, k * k);
            }
        }
        return new FiltersData(rgb, kernel.OutChannels, k, NetworkName);
    }

    private static DepthStage DepthStage(Parity p, ChwTensor t)
    {
        // The three most active channels (largest mean): the maps with something to show.
        var maps = Enumerable.Range(0, t.Channels).OrderByDescending(c => t.Plane(c).Average()).Take(3).Select(c => (c, t.Plane(c))).ToList();
        return new DepthStage(p.Label, t.Channels, t.Height, t.Width, p.ReceptiveField, maps);
    }

    /// <summary>CAM of the top classes with the first model found that ends in GAP → quantised linear layer (MobileNetV2-int8).</summary>
    private static CamData ClassActivationMaps(RgbImage photo, Reporting.ISlideReporter report, Lang lang)
    {
        var input = ImageNetPreprocessing.Run(photo);
        foreach (var candidate in CamCandidates())
        {
            var bytes = File.ReadAllBytes(candidate.ModelPath);
            MobileNetCam cam;
            try
            {
                cam = MobileNetCam.Find(OnnxGraph.Parse(bytes), candidate.ModelName);
            }
            catch (LessonException)
            {
                continue;
            }
            var labelsPath = candidate.LabelsPath ?? ImageNetLabels.FindBeside(candidate.ModelPath);
            if (labelsPath is null)
            {
                continue;
            }
            var labels = ImageNetLabels.Load(labelsPath);
            var (maps, logits) = cam.Run(bytes, input);
            var probabilities = Softmax.Stable(logits);
            var top = TopPredictions.Select(probabilities, labels, CamClasses);
            var classes = top.Select(p => new CamClass(p.Label, p.Probability,
                ClassActivationMap.Compute(maps.Data, maps.Channels, maps.Height, maps.Width, cam.WeightsOf(p.Index)))).ToList();
            report.Line(lang.Text(
                $"Карти активації класів: {candidate.ModelName}, останні карти '{cam.MapsTensor}' {maps.ShapeText}, найімовірніший клас {ClassLabels.Console(top[0].Index, top[0].Label, probabilities.Length, lang)} ({NumberText.Percent(top[0].Probability, lang)}).",
                $"Class activation maps: {candidate.ModelName}, last maps '{cam.MapsTensor}' {maps.ShapeText}, top class {top[0].Label} ({NumberText.Percent(top[0].Probability, lang)})."));
            return new CamData(input.Cropped, candidate.ModelName, maps.Height, maps.Width, maps.Channels, classes);
        }
        report.Warning(lang.Text("Не знайдено класифікатора ImageNet із глобальним усередненням: slide7_cam.png каже про це замість карт.",
            "No ImageNet classifier with global average pooling found: slide7_cam.png says so instead of showing maps."));
        return new CamData(input.Cropped, null, 7, 7, 1280, null);
    }

    private static IEnumerable<ModelLocation> CamCandidates()
    {
        if (ModelResolver.Resolve(null) is { } resolved)
        {
            yield return resolved;
        }
        if (RepoLocator.FindRepoRoot() is { } root)
        {
            foreach (var (folder, source) in ModelResolver.SearchFolders(root).Where(f => Directory.Exists(f.Folder)))
            {
                foreach (var file in Directory.GetFiles(folder, "*.onnx").Order(StringComparer.Ordinal))
                {
                    yield return new ModelLocation(file, ImageNetLabels.FindBeside(file), source);
                }
            }
        }
    }
}
