namespace NnLesson.Core.Cnn.Network;

/// <summary>
/// How many input pixels one value of a tensor can see (its receptive field, along one axis), computed layer
/// by layer from the graph: a window of size k with stride s on a tensor whose neighbouring values are j input
/// pixels apart ("jump") and see r pixels each gives r′ = r + (k − 1)·j and j′ = j·s; element-wise steps keep
/// r and j, an Add takes the larger r of its inputs, global pooling sees the whole image.
/// </summary>
public static class ReceptiveField
{
    /// <summary>(size in input pixels, jump) of every tensor of the graph, the input being (1, 1).</summary>
    public static IReadOnlyDictionary<string, (int Size, int Jump)> Of(CnnGraph graph, int imageSize)
    {
        var fields = new Dictionary<string, (int Size, int Jump)>(StringComparer.Ordinal) { [graph.InputName] = (1, 1) };
        foreach (var step in graph.Steps)
        {
            var (r, j) = step.Inputs.Select(i => fields[i]).MaxBy(f => f.Size);
            fields[step.Output] = step.Layer switch
            {
                ConvLayer c => (r + (c.Kernel.Height - 1) * j, j * c.Stride),
                DepthwiseConvLayer d => (r + (d.Kernel.Height - 1) * j, j * d.Stride),
                PoolLayer p => (r + (p.KernelH - 1) * j, j * p.Stride),
                GlobalAveragePoolLayer => (imageSize, j),
                _ => (r, j),
            };
        }
        return fields;
    }
}
