using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Figures;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Output;
using NnLesson.Figures.Slide7;
using NnLesson.Figures.Text;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Reporting;
using NnLesson.Slides.Running;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Preprocessing;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 7: inside the CNN. The lecture's ResNet-18 (NuGet backbone) runs on the from-scratch engine:
/// photo → resize 256, crop 224, BGR − mean image → x: [3, 224, 224] → conv1 [64, 112, 112] → layer1 [64, 56, 56]
/// → layer2 [128, 28, 28] → layer3 [256, 14, 14] → layer4 [512, 7, 7] → features [512, 1, 1], checked against
/// ONNX Runtime at every stage. Figures: one convolution by hand and its animation (Core's Conv2d on the crop's
/// brightness; no model needed), the 64 learned filters, the maps through the depth, one residual block, and class
/// activation maps (MobileNetV2's head: the backbone has none). Without the ResNet-18 package the slide says so and
/// still writes the convolution figures and the class activation maps.
/// </summary>
public sealed class Slide7InsideCnn : ISlideRecipe<Slide7Options, Slide7Result, Slide7Metrics, Slide7Parameters>
{
    public const string Id = "slide7";

    /// <summary>Top classes shown with a class activation map.</summary>
    public const int CamClasses = 3;

    public const string NetworkName = "ResNet-18 (Microsoft.ML.DnnImageFeaturizer.ResNet18 0.23.1, ImageNet)";

    public const string Engine = "from scratch (im2col + AVX-512/AVX2 FMA GEMM, BN folded)";

    public static readonly IReadOnlyList<string> FigureFiles =
    [
        ConvolutionFigure.FileName, ConvolutionAnimationFigure.FileName, FiltersFigure.FileName, DepthFigure.FileName,
        ResidualFigure.FileName, CamFigure.FileName,
    ];

    /// <summary>The slide's recipe with the restored ResNet-18 package (null when it is not on this machine).</summary>
    public static readonly Slide7InsideCnn Recipe = new(() => ResNet18Package.Find() is null ? null : ResNet18Backbone.Shared());

    private readonly Func<ResNet18Backbone?> _backbone;

    private Slide7InsideCnn(Func<ResNet18Backbone?> backbone) => _backbone = backbone;

    /// <summary>The recipe with another source of the network (a test passes <c>() =&gt; null</c>: a machine without the package).</summary>
    public static Slide7InsideCnn WithBackbone(Func<ResNet18Backbone?> backbone) => new(backbone);

    string ISlideRecipe<Slide7Options, Slide7Result, Slide7Metrics, Slide7Parameters>.Id => Id;

    IReadOnlyList<string> ISlideRecipe<Slide7Options, Slide7Result, Slide7Metrics, Slide7Parameters>.FigureFiles => FigureFiles;

    public static SlideOutcome Run(SlideContext context, Slide7Options options) => RecipeRun.Run(Recipe, context, options);

    /// <summary>Photo → crop [224, 224, 3] → brightness [1, 224, 224] → convolutions; ResNet-18 with parity; CAM.</summary>
    public Slide7Result Compute(Slide7Options options, int seed, ISlideProgress progress)
    {
        var imagePath = RepoLocator.PhotoOrSample(options.ImagePath);
        var photo = ImageLoader.Load(imagePath);
        var crop = ImageNetPreprocessing.CenterCrop(
            ImageNetPreprocessing.ResizeShorterSideTo(photo, ImageNetPreprocessing.ResizeShorterSide), ResNetPreprocess.Size); // [224, 224, 3]
        var brightness = ConvolutionExample.Brightness(crop); // [1, 224, 224]
        var backbone = _backbone();
        var network = backbone is null ? null : Slide7ResNetPass.Run(backbone, crop, NetworkName);
        var (cam, mapsTensor) = Slide7Cam.Compute(photo, CamClasses);
        return new Slide7Result(imagePath, crop, ConvolutionExample.ByHand(brightness, Path.GetFileName(imagePath)),
            ConvolutionExample.Animation(brightness), network, cam, mapsTensor);
    }

    public void Report(Slide7Result result, ISlideReporter reporter, Lang lang)
    {
        reporter.Heading(lang.Text("Слайд 7: усередині CNN — ResNet-18, обчислена з нуля", "Slide 7: inside the CNN — ResNet-18 computed from scratch"));
        var conv = result.Convolution;
        var value = NumberText.Fixed(conv.Value, 3, lang);
        reporter.Line(lang.Text(
            $"Згортка вручну (ядро Собеля 3 × 3, яскравість фото [{conv.Size}, {conv.Size}]): найсильніший відгук y[{conv.Row}, {conv.Col}] = {value}.",
            $"Convolution by hand (Sobel 3 × 3 kernel, photo brightness [{conv.Size}, {conv.Size}]): strongest response y[{conv.Row}, {conv.Col}] = {value}."));
        if (result.Network is { } network)
        {
            ReportParity(reporter, network, lang);
        }
        else
        {
            reporter.Warning(lang.Text(
                "ResNet-18 не знайдено в папці NuGet (виконайте 'dotnet restore' у репозиторії): записано лише рисунки згортки й карти активації класів.",
                "ResNet-18 is not in the NuGet folder (run 'dotnet restore' in the repository): only the convolution figures and the class activation maps are written."));
        }
        if (result.Cam.Classes is { Count: > 0 } classes)
        {
            var top = classes[0];
            var shape = $"[{result.Cam.MapChannels}, {result.Cam.MapHeight}, {result.Cam.MapWidth}]";
            var percent = NumberText.Percent(top.Probability, lang);
            var ukName = top.UkrainianLabel is { } uk ? $"«{uk}» ({top.Label}, {percent})" : $"«{top.Label}» ({percent})";
            reporter.Line(lang.Text(
                $"Карти активації класів: {result.Cam.NetworkName}, карти ознак останнього шару «{result.CamMapsTensor}» {shape}, найімовірніший клас — {ukName}.",
                $"Class activation maps: {result.Cam.NetworkName}, last maps '{result.CamMapsTensor}' {shape}, top class {top.Label} ({percent})."));
        }
        else
        {
            reporter.Warning(lang.Text("Не знайдено класифікатора ImageNet із глобальним усередненням: slide7_cam.png повідомляє про це замість карт.",
                "No ImageNet classifier with global average pooling found: slide7_cam.png says so instead of showing maps."));
        }
    }

    public IReadOnlyList<FigureJob> Figures(Slide7Result result)
    {
        var jobs = new List<FigureJob>
        {
            FigureJob.Of(ConvolutionFigure.FileName, result.Convolution, ConvolutionFigure.Save),
            // The animation is drawn at most 960×540 (every GIF frame is stored whole; see AnimationSize).
            FigureJob.Animation(ConvolutionAnimationFigure.FileName, result.Animation,
                (d, lang, size) => ConvolutionAnimationFigure.Render(d, lang, AnimationSize.For(size))),
        };
        if (result.Network is { } network)
        {
            jobs.Add(FigureJob.Of(FiltersFigure.FileName, network.Filters, FiltersFigure.Save));
            jobs.Add(FigureJob.Of(DepthFigure.FileName, network.Depth, DepthFigure.Save));
            jobs.Add(FigureJob.Of(ResidualFigure.FileName, network.Residual, ResidualFigure.Save));
        }
        jobs.Add(FigureJob.Of(CamFigure.FileName, result.Cam, CamFigure.Save));
        return jobs;
    }

    public Slide7Metrics Metrics(Slide7Result result)
    {
        var n = result.Network;
        var top = result.Cam.Classes?.FirstOrDefault();
        return new Slide7Metrics(
            n is null ? null : NetworkName,
            n is null ? null : Engine,
            n?.MultiplyAdds,
            n is null ? null : Math.Round(n.FromScratchMs, 2),
            n is null ? null : Math.Round(n.OnnxRuntimeMs, 2),
            n?.Parity.Select(p => new Slide7StageMetrics(p.Label, p.Shape, p.ReceptiveField, p.MaxDiff, p.MaxRef, p.Relative,
                p.Relative <= Slide7Network.Tolerance)).ToList(),
            n?.ChannelMeansBgr.Select(v => Math.Round(v, 3)).ToArray(),
            n is null ? null : ResidualBlockName(n.Residual),
            n is null ? null : Math.Round(n.Residual.BranchToInputRatio, 4),
            result.Cam.NetworkName,
            top?.Label,
            top?.Probability);
    }

    public Slide7Parameters Parameters(Slide7Result result) => new(Path.GetFullPath(result.ImagePath));

    /// <summary>The residual block as the manifest names it (invariant English): "layer1, block 1".</summary>
    public static string ResidualBlockName(ResidualData residual) => $"{residual.Stage}, block {residual.BlockIndex}";

    private static void ReportParity(ISlideReporter reporter, Slide7Network network, Lang lang)
    {
        reporter.Table(lang.Text("З нуля проти ONNX Runtime, той самий вхід", "From scratch vs ONNX Runtime, same input"),
            [lang.Text("етап", "stage"), lang.Text("форма", "shape"), lang.Text("рецептивне поле", "receptive field"), "max |Δ|", "max |ref|", "|Δ| / max|ref|"],
            network.Parity.Select(p => (IReadOnlyList<string>)[p.Label, p.Shape, $"{p.ReceptiveField} {lang.Text("пікс.", "px")}",
                NumberText.Scientific(p.MaxDiff, 2, lang), NumberText.Significant(p.MaxRef, 5, lang), NumberText.Scientific(p.Relative, 2, lang)]).ToList());
        reporter.Line(lang.Text(
            $"Прямий прохід: з нуля {NumberText.Fixed(network.FromScratchMs, 1, lang)} мс, ONNX Runtime {NumberText.Fixed(network.OnnxRuntimeMs, 1, lang)} мс (на цьому комп’ютері, у цьому запуску).",
            $"Forward pass: from scratch {NumberText.Fixed(network.FromScratchMs, 1, lang)} ms, ONNX Runtime {NumberText.Fixed(network.OnnxRuntimeMs, 1, lang)} ms (this machine, this run)."));
        if (!network.AllWithinTolerance)
        {
            reporter.Warning(lang.Text("Розбіжність з ONNX Runtime на якомусь етапі більша за 1e-4 · max|ref| (див. таблицю).",
                "Parity with ONNX Runtime is outside 1e-4 · max|ref| at some stage (see the table)."));
        }
    }
}
