namespace NnLesson.Core.Cnn.Network;

/// <summary>
/// Rewrites a network for the fast path without changing what it computes (up to float rounding):
/// Conv → BatchNormalization becomes one convolution with w′ = w·g, b′ = (b − μ)·g + β
/// (<see cref="BatchNorm2d.FoldInto"/>), and a ReLU right after a convolution is done inside it.
/// A fold happens only when the intermediate tensor has no other reader and is not one to keep,
/// so every tensor the caller may ask for still exists under its name.
/// </summary>
public static class BatchNormFolding
{
    public static CnnGraph Fold(CnnGraph graph, IReadOnlyCollection<string>? keep = null)
    {
        keep ??= [];
        var readers = graph.Steps.SelectMany(s => s.Inputs).GroupBy(n => n, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        bool SoleReader(string tensor) => readers.GetValueOrDefault(tensor) == 1 && !keep.Contains(tensor) && tensor != graph.OutputName;
        // Which step reads a tensor (only asked about tensors with exactly one reader).
        var readerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < graph.Steps.Count; s++)
        {
            foreach (var name in graph.Steps[s].Inputs)
            {
                readerOf[name] = s;
            }
        }
        var absorbed = new HashSet<int>();
        var result = new List<CnnStep>();
        for (var s = 0; s < graph.Steps.Count; s++)
        {
            if (absorbed.Contains(s))
            {
                continue;
            }
            var step = graph.Steps[s];
            if (step.Layer is not ConvLayer conv || conv.Relu)
            {
                result.Add(step);
                continue;
            }
            var kernel = conv.Kernel;
            var output = step.Output;
            var name = step.Name;
            if (SoleReader(output) && graph.Steps[readerOf[output]] is { Layer: BatchNormLayer bn } bnStep)
            {
                kernel = bn.Norm.FoldInto(kernel);
                absorbed.Add(readerOf[output]);
                output = bnStep.Output;
                name += "+" + bnStep.Name;
            }
            var relu = false;
            if (SoleReader(output) && graph.Steps[readerOf[output]] is { Layer: ReluLayer } reluStep)
            {
                relu = true;
                absorbed.Add(readerOf[output]);
                output = reluStep.Output;
                name += "+" + reluStep.Name;
            }
            result.Add(new CnnStep(name, new ConvLayer(kernel, conv.Stride, conv.Pad, relu), step.Inputs, output));
        }
        return new CnnGraph(graph.InputName, graph.OutputName, result);
    }
}
