using NnLesson.Core.Cnn.Fast;
namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// One layer of the fast float32 path, working on a thread's share of the batch: Forward reads Act[Index] and writes
/// Act[Index + 1]; Backward reads Grad[Index + 1], adds its parameter gradients into the thread's Gradients and, when
/// asked, writes Grad[Index]. <see cref="PrepareBatch"/> runs once per batch on one thread (repacking weights that every
/// thread then only reads).
/// </summary>
internal abstract class FastLayer(int index, LayerSpec spec, TensorShape input, TensorShape output)
{
    public int Index => index;

    public LayerSpec Spec => spec;

    public TensorShape Input => input;

    public TensorShape Output => output;

    public virtual void PrepareBatch(CnnWeights weights)
    {
    }

    public virtual object? CreateScratch(int capacity) => null;

    public abstract void Forward(FastThread t, int count);

    public abstract void Backward(FastThread t, int count, bool inputGradient);

    public static IReadOnlyList<FastLayer> For(CnnArchitecture architecture, ConvMicroKernel microKernel)
    {
        var layers = new List<FastLayer>();
        var shape = architecture.Input;
        var tensor = 0;
        for (var l = 0; l < architecture.Layers.Count; l++)
        {
            var spec = architecture.Layers[l];
            var output = spec.OutputShape(shape);
            layers.Add(spec.Kind switch
            {
                LayerKind.Conv => new FastConv(l, spec, shape, output, tensor, microKernel),
                LayerKind.Dense => new FastDense(l, spec, shape, output, tensor, microKernel),
                LayerKind.Relu => new FastRelu(l, spec, shape, output),
                LayerKind.MaxPool => new FastMaxPool(l, spec, shape, output),
                _ => new FastFlatten(l, spec, shape, output),
            });
            tensor += spec.HasParameters ? 2 : 0;
            shape = output;
        }
        return layers;
    }
}

/// <summary>Flatten: the thread's arrays before and after it are the same (see <see cref="FastThread"/>), so nothing moves.</summary>
internal sealed class FastFlatten(int index, LayerSpec spec, TensorShape input, TensorShape output) : FastLayer(index, spec, input, output)
{
    public override void Forward(FastThread t, int count)
    {
    }

    public override void Backward(FastThread t, int count, bool inputGradient)
    {
    }
}
