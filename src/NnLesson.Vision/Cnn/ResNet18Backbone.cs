using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Tuning;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// The lecture's ResNet-18 (ImageNet-pretrained backbone from <see cref="ResNet18Package"/>) running on the
/// from-scratch engine: <see cref="Readable"/> is the graph as the file has it, every operator a loop that
/// is its formula; <see cref="Fast"/> is the same graph with BN folded into the convolutions and ReLU fused
/// (the stage tensors are kept). x: [3, 224, 224] BGR − mean image → features [512, 1, 1].
/// </summary>
public sealed class ResNet18Backbone
{
    private ResNet18Backbone(CnnGraph readable, ResNetPreprocess preprocess, ResNet18Package? package)
    {
        Readable = readable;
        Preprocess = preprocess;
        Package = package;
        Stages = ResNetStages.Find(readable);
        FirstBlock = ResidualBlock.FirstOf(readable);
        Fast = BatchNormFolding.Fold(readable, Stages.Select(s => s.TensorName).ToList());
    }

    public CnnGraph Readable { get; }

    public CnnGraph Fast { get; }

    public ResNetPreprocess Preprocess { get; }

    public ResNet18Package? Package { get; }

    /// <summary>conv1, layer1 … layer4 and their tensor names.</summary>
    public IReadOnlyList<ResNetStage> Stages { get; }

    /// <summary>layer1's first residual block, y = ReLU(x + F(x)), with its layers typed (<c>FirstBlock.Conv1</c> …).</summary>
    public ResidualBlock FirstBlock { get; }

    /// <summary>The first convolution (64 filters [3, 7, 7], BGR order), as stored in the file.</summary>
    public ConvLayer FirstConvolution => Readable.Steps.Select(s => s.Layer).OfType<ConvLayer>().First();

    /// <summary>Loads and verifies the package's two files (SHA-256), then builds the network.</summary>
    /// <exception cref="NnLesson.Core.LessonException">Not restored, damaged, or an unsupported graph.</exception>
    public static ResNet18Backbone Load(ResNet18Package? package = null)
    {
        package = (package ?? ResNet18Package.Require()).Verified();
        var readable = OnnxCnnLoader.Load(File.ReadAllBytes(package.BackboneFile));
        ManagedMemory.ReturnFreedBlocks(); // the file's 63 MB, parsed, go back before folding allocates the fast graph's weights
        return new ResNet18Backbone(readable, ResNetPreprocess.FromFile(package.PreprocessFile), package);
    }

    private static readonly Lazy<ResNet18Backbone> SharedInstance = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// One network per process for the restored package, loaded on first use: `all` runs slides 7 and 8, which both
    /// need it, and parsing 63 MB of weights twice would only cost time. Weights are never modified after loading.
    /// </summary>
    public static ResNet18Backbone Shared() => SharedInstance.Value;

    /// <summary>
    /// The stem alone, conv1 → BN → ReLU with BN folded ([3, 224, 224] → [64, 112, 112]), and the preprocessing: what
    /// slide 8 runs. From the shared network when it is loaded already (`all`, after slide 7); else built from the file's
    /// first nodes (<see cref="LoadStem"/>), so slide 8 on its own does not convert and fold the other 11 million weights.
    /// </summary>
    public static ResNet18Stem Stem()
    {
        if (SharedInstance.IsValueCreated)
        {
            var shared = SharedInstance.Value;
            var conv1 = shared.Stages[0].TensorName;
            return new ResNet18Stem(shared.Fast.UpTo(conv1), conv1, shared.Preprocess);
        }
        return LoadStem();
    }

    /// <summary>The stem read from the package's file: the nodes up to the first ReLU (ResNet's conv1 stage, <see cref="ResNetStages"/>).</summary>
    /// <exception cref="NnLesson.Core.LessonException">Not restored, damaged, or no ReLU in the graph.</exception>
    public static ResNet18Stem LoadStem(ResNet18Package? package = null)
    {
        package = (package ?? ResNet18Package.Require()).Verified();
        var onnx = OnnxGraph.Parse(File.ReadAllBytes(package.BackboneFile));
        var relu = onnx.Nodes.Select((node, index) => (node, index)).FirstOrDefault(n => n.node.OpType == "Relu");
        if (relu.node is null)
        {
            throw new NnLesson.Core.LessonException(
                $"{package.BackboneFile} не має ReLU: це не початок ResNet.", $"{package.BackboneFile} has no ReLU: not a ResNet stem.");
        }
        var stem = OnnxCnnLoader.LoadFirst(onnx, relu.index + 1);
        var conv1 = relu.node.Outputs[0];
        return new ResNet18Stem(BatchNormFolding.Fold(stem, [conv1]), conv1, ResNetPreprocess.FromFile(package.PreprocessFile));
    }

    /// <summary>Photo → crop and input → forward pass keeping every stage.</summary>
    public BackboneRun Run(RgbImage photo, CnnRunOptions options)
    {
        var (cropped, input) = Preprocess.Run(photo);
        return Run(cropped, input, options);
    }

    public BackboneRun Run(RgbImage cropped, ChwTensor input, CnnRunOptions options)
    {
        var graph = options.Path == CnnPath.Readable ? Readable : Fast;
        var run = graph.Run(input, options, Stages.Select(s => s.TensorName).ToList());
        return new BackboneRun(cropped, input, Stages.Select(s => (s, run.Kept[s.TensorName])).ToList(), run.Output, run.StepTimes);
    }
}

/// <summary>One forward pass of the backbone: the crop, the input, each stage's tensor and the features [512, 1, 1].</summary>
public sealed record BackboneRun(RgbImage Cropped, ChwTensor Input, IReadOnlyList<(ResNetStage Stage, ChwTensor Tensor)> Stages,
    ChwTensor Features, IReadOnlyList<(string Step, double Milliseconds)> StepTimes)
{
    public double Milliseconds => StepTimes.Sum(t => t.Milliseconds);
}

/// <summary>ResNet-18's stem with BN folded (x: [3, 224, 224] → <see cref="TensorName"/> [64, 112, 112]) and its preprocessing.</summary>
public sealed record ResNet18Stem(CnnGraph Graph, string TensorName, ResNetPreprocess Preprocess);
