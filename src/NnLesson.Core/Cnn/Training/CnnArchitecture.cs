namespace NnLesson.Core.Cnn.Training;

/// <summary>The kinds of layer a trainable CNN is built from.</summary>
public enum LayerKind
{
    Conv,
    Relu,
    MaxPool,
    Flatten,
    Dense,
}

/// <summary>
/// One layer of an architecture: Conv uses Out, In, Kernel (k×k), Stride, Padding (the same on every side);
/// MaxPool uses Kernel and Stride; Dense uses Out and In; ReLU and Flatten use nothing.
/// </summary>
public sealed record LayerSpec(LayerKind Kind, int Out = 0, int In = 0, int Kernel = 0, int Stride = 1, int Padding = 0)
{
    public static LayerSpec Conv(int outChannels, int inChannels, int kernel, int padding = 0, int stride = 1) =>
        new(LayerKind.Conv, outChannels, inChannels, kernel, stride, padding);

    public static LayerSpec MaxPool(int size) => new(LayerKind.MaxPool, Kernel: size, Stride: size);

    public static LayerSpec Dense(int outputs, int inputs) => new(LayerKind.Dense, outputs, inputs);

    public static readonly LayerSpec Relu = new(LayerKind.Relu);

    public static readonly LayerSpec Flatten = new(LayerKind.Flatten);

    public bool HasParameters => Kind is LayerKind.Conv or LayerKind.Dense;

    /// <summary>The weight tensor's shape: [O, C, k, k] for Conv, [O, F] for Dense.</summary>
    public int[] WeightShape => Kind == LayerKind.Conv ? [Out, In, Kernel, Kernel] : [Out, In];

    /// <summary>Inputs that feed one output (C·k·k or F): the fan-in of He initialisation.</summary>
    public int FanIn => Kind == LayerKind.Conv ? In * Kernel * Kernel : In;

    public int WeightCount => Out * FanIn;

    /// <summary>The shape of one sample after this layer.</summary>
    public TensorShape OutputShape(TensorShape input) => Kind switch
    {
        LayerKind.Conv when input.Channels == In => new(Out,
            Padding2d.OutputSize(input.Height, Kernel, Stride, Padding, Padding), Padding2d.OutputSize(input.Width, Kernel, Stride, Padding, Padding)),
        LayerKind.MaxPool => new(input.Channels,
            Padding2d.OutputSize(input.Height, Kernel, Stride, 0, 0), Padding2d.OutputSize(input.Width, Kernel, Stride, 0, 0)),
        LayerKind.Dense when input.Size == In => new(Out, 1, 1),
        LayerKind.Relu => input,
        LayerKind.Flatten => new(input.Size, 1, 1),
        _ => throw new LessonException(
            $"{Kind} [{Out}, {In}] не приймає вхід форми {input}.",
            $"{Kind} [{Out}, {In}] does not take an input of shape {input}."),
    };
}

/// <summary>
/// A trainable CNN: the input shape of one sample and its layers in order. <see cref="LeNet"/> is the slide's network:
/// conv 5×5 (padding 2) → ReLU → max-pool 2 → conv 5×5 → ReLU → max-pool 2 → flatten → dense → ReLU → dense (logits).
/// </summary>
public sealed record CnnArchitecture(TensorShape Input, IReadOnlyList<LayerSpec> Layers)
{
    /// <summary>The LeNet-style network on H×W grey images: [1, 28, 28] → [c1, 28, 28] → [c1, 14, 14] → [c2, 10, 10] → [c2, 5, 5] → hidden → classes.</summary>
    public static CnnArchitecture LeNet(int channels1, int channels2, int hidden, int classes, int height = 28, int width = 28)
    {
        var afterPool1 = new TensorShape(channels1, height / 2, width / 2);
        var afterPool2 = new TensorShape(channels2, (afterPool1.Height - 4) / 2, (afterPool1.Width - 4) / 2);
        return new CnnArchitecture(new TensorShape(1, height, width),
        [
            LayerSpec.Conv(channels1, 1, 5, padding: 2), LayerSpec.Relu, LayerSpec.MaxPool(2),
            LayerSpec.Conv(channels2, channels1, 5), LayerSpec.Relu, LayerSpec.MaxPool(2),
            LayerSpec.Flatten, LayerSpec.Dense(hidden, afterPool2.Size), LayerSpec.Relu, LayerSpec.Dense(classes, hidden),
        ]);
    }

    /// <summary>The shape after each layer, in order (the last is [classes]).</summary>
    public IReadOnlyList<TensorShape> Shapes()
    {
        var shapes = new List<TensorShape>(Layers.Count);
        var shape = Input;
        foreach (var layer in Layers)
        {
            shape = layer.OutputShape(shape);
            shapes.Add(shape);
        }
        return shapes;
    }

    public int Classes => Shapes()[^1].Size;

    /// <summary>Names of the learned tensors in order: "conv1.w", "conv1.b", …, "dense2.b".</summary>
    public IReadOnlyList<string> ParameterNames()
    {
        var names = new List<string>();
        int convs = 0, denses = 0;
        foreach (var layer in Layers.Where(l => l.HasParameters))
        {
            var prefix = layer.Kind == LayerKind.Conv ? $"conv{++convs}" : $"dense{++denses}";
            names.Add(prefix + ".w");
            names.Add(prefix + ".b");
        }
        return names;
    }
}
