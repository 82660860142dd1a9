using NnLesson.Core.Cnn.Fast;
namespace NnLesson.Core.Cnn.Network;

/// <summary>Conv2d with per-side padding; optionally followed by ReLU (after BN folding, Conv→BN→ReLU is one layer).</summary>
public sealed class ConvLayer(ConvKernel kernel, int stride, Padding2d pad, bool relu = false) : ICnnLayer
{
    private PackedConvKernel? _packed;

    public ConvKernel Kernel { get; } = kernel;

    public int Stride { get; } = stride;

    public Padding2d Pad { get; } = pad;

    public bool Relu { get; } = relu;

    public string Describe() => $"Conv {Kernel.Height}×{Kernel.Width}/{Stride}, {Kernel.InChannels}→{Kernel.OutChannels}, pads {Pad}{(Relu ? " + ReLU" : "")}";

    public long MultiplyAdds(IReadOnlyList<ChwTensor> inputs)
    {
        var (h, w) = Conv2d.OutputSize(inputs[0], Kernel, Stride, Pad);
        return (long)Kernel.OutChannels * h * w * Kernel.FilterLength;
    }

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options)
    {
        if (options.Path == CnnPath.Readable)
        {
            var y = Conv2d.Forward(inputs[0], Kernel, Stride, Pad);
            return Relu ? Elementwise.Relu(y) : y;
        }
        _packed ??= new PackedConvKernel(Kernel); // packed once, on first use
        return Conv2dFast.Forward(inputs[0], _packed, Stride, Pad, Relu, options.Threads, buffers: options.Buffers);
    }
}

/// <summary>Depthwise Conv2d (group = channels): weights [C, 1, kH, kW]; optionally followed by ReLU.</summary>
public sealed class DepthwiseConvLayer(ConvKernel kernel, int stride, Padding2d pad, bool relu = false) : ICnnLayer
{
    public ConvKernel Kernel { get; } = kernel;

    public int Stride { get; } = stride;

    public Padding2d Pad { get; } = pad;

    public bool Relu { get; } = relu;

    public string Describe() => $"Depthwise conv {Kernel.Height}×{Kernel.Width}/{Stride}, {Kernel.OutChannels} channels, pads {Pad}{(Relu ? " + ReLU" : "")}";

    public long MultiplyAdds(IReadOnlyList<ChwTensor> inputs)
    {
        var (h, w) = Conv2d.OutputSize(inputs[0], Kernel, Stride, Pad);
        return (long)Kernel.OutChannels * h * w * Kernel.Height * Kernel.Width;
    }

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options)
    {
        if (options.Path == CnnPath.Readable)
        {
            var y = DepthwiseConv2d.Forward(inputs[0], Kernel, Stride, Pad);
            return Relu ? Elementwise.Relu(y) : y;
        }
        return DepthwiseConv2d.ForwardFast(inputs[0], Kernel, Stride, Pad, Relu, options.Threads);
    }
}

public sealed class BatchNormLayer(BatchNorm2d norm) : ICnnLayer
{
    public BatchNorm2d Norm { get; } = norm;

    public string Describe() => $"BatchNorm {Norm.Channels} (ε = {Norm.Epsilon:G3})";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) => Norm.Forward(inputs[0]);
}

public sealed class ReluLayer : ICnnLayer
{
    public string Describe() => "ReLU";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) =>
        options.Path == CnnPath.Readable ? Elementwise.Relu(inputs[0]) : Elementwise.ReluFast(inputs[0], options.Buffers);
}

public sealed class AddLayer : ICnnLayer
{
    public string Describe() => "Add (residual)";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) =>
        options.Path == CnnPath.Readable ? Elementwise.Add(inputs[0], inputs[1]) : Elementwise.AddFast(inputs[0], inputs[1], options.Buffers);
}

public sealed class PoolLayer(bool max, int kernelH, int kernelW, int stride, Padding2d pad) : ICnnLayer
{
    public bool IsMax { get; } = max;

    public int KernelH { get; } = kernelH;

    public int KernelW { get; } = kernelW;

    public int Stride { get; } = stride;

    public Padding2d Pad { get; } = pad;

    public string Describe() => $"{(IsMax ? "MaxPool" : "AveragePool")} {KernelH}×{KernelW}/{Stride}, pads {Pad}";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) => (options.Path, IsMax) switch
    {
        (CnnPath.Readable, true) => Pooling2d.Max(inputs[0], KernelH, KernelW, Stride, Pad),
        (CnnPath.Readable, false) => Pooling2d.Average(inputs[0], KernelH, KernelW, Stride, Pad),
        (_, true) => Pooling2dFast.Max(inputs[0], KernelH, KernelW, Stride, Pad, options.Threads, options.Buffers),
        (_, false) => Pooling2dFast.Average(inputs[0], KernelH, KernelW, Stride, Pad, options.Threads, options.Buffers),
    };
}

public sealed class GlobalAveragePoolLayer : ICnnLayer
{
    public string Describe() => "GlobalAveragePool";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) => Pooling2d.GlobalAverage(inputs[0]);
}

public sealed class FlattenLayer : ICnnLayer
{
    public string Describe() => "Flatten";

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) => Elementwise.Flatten(inputs[0]);
}

public sealed class DenseLayer(Dense dense) : ICnnLayer
{
    public Dense Dense { get; } = dense;

    public string Describe() => $"Gemm {Dense.Inputs}→{Dense.Outputs}";

    public long MultiplyAdds(IReadOnlyList<ChwTensor> inputs) => (long)Dense.Inputs * Dense.Outputs;

    public ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options) => ChwTensor.Vector(
        options.Path == CnnPath.Readable ? Dense.Forward(inputs[0].Data) : Dense.ForwardFast(inputs[0].Data));
}
