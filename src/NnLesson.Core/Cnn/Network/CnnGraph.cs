using NnLesson.Core.Cnn.Fast;
using System.Diagnostics;

namespace NnLesson.Core.Cnn.Network;

/// <summary>
/// A CNN as a list of steps in topological order over named tensors (the shape of an ONNX graph):
/// x: [C, H, W] enters as <see cref="InputName"/>, every step writes one new tensor, and
/// <see cref="OutputName"/> is the result. Tensors nobody reads any more are dropped as the run goes.
/// </summary>
public sealed class CnnGraph(string inputName, string outputName, IReadOnlyList<CnnStep> steps)
{
    public string InputName { get; } = inputName;

    public string OutputName { get; } = outputName;

    public IReadOnlyList<CnnStep> Steps { get; } = steps;

    /// <summary>The fast path's recycled intermediate arrays, kept from one run to the next.</summary>
    private readonly CnnBufferPool _buffers = new();

    /// <summary>Runs the network; <paramref name="keep"/> names intermediate tensors to return as well.</summary>
    /// <exception cref="LessonException">The input holds NaN or ±∞, or a step's input shape does not fit it.</exception>
    public CnnRun Run(ChwTensor input, CnnRunOptions options, IReadOnlyCollection<string>? keep = null)
    {
        var bad = FirstNonFinite(input.Data);
        if (bad >= 0)
        {
            throw new LessonException(
                $"Вхід мережі {input.ShapeText} містить {input.Data[bad]} на позиції {bad}: крізь CNN можуть пройти лише скінченні числа.",
                $"The network's input {input.ShapeText} holds {input.Data[bad]} at index {bad}: only finite numbers can go through a CNN.");
        }
        keep ??= [];
        if (options.Path == CnnPath.Fast && options.Buffers is null)
        {
            options = options with { Buffers = _buffers };
        }
        var lastUse = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < Steps.Count; s++)
        {
            foreach (var name in Steps[s].Inputs)
            {
                lastUse[name] = s;
            }
        }
        var live = new Dictionary<string, ChwTensor>(StringComparer.Ordinal) { [InputName] = input };
        var kept = new Dictionary<string, ChwTensor>(StringComparer.Ordinal);
        if (keep.Contains(InputName))
        {
            kept[InputName] = input;
        }
        var times = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        for (var s = 0; s < Steps.Count; s++)
        {
            var step = Steps[s];
            var inputs = step.Inputs.Select(name => live.TryGetValue(name, out var t) ? t
                : throw new LessonException(
                    $"Крок «{step.Name}» читає «{name}», якого не записав жоден попередній крок.",
                    $"Step '{step.Name}' reads '{name}', which no earlier step wrote.")).ToList();
            var start = clock.Elapsed.TotalMilliseconds;
            ChwTensor output;
            try
            {
                output = step.Layer.Forward(inputs, options);
            }
            catch (LessonException e)
            {
                var shapes = inputs.Select(i => i.ShapeText).ToList();
                throw new LessonException(
                    $"{step.Name} ({step.Layer.Describe()}) на {string.Join(" і ", shapes)}: {e.Ukrainian}",
                    $"{step.Name} ({step.Layer.Describe()}) on {string.Join(" and ", shapes)}: {e.Message}");
            }
            times.Add((step.Name, clock.Elapsed.TotalMilliseconds - start));
            live[step.Output] = output;
            if (keep.Contains(step.Output))
            {
                kept[step.Output] = output;
            }
            foreach (var name in step.Inputs.Where(n => lastUse[n] == s && n != OutputName).Distinct())
            {
                if (live.Remove(name, out var dropped))
                {
                    Recycle(name, dropped, live, kept, options.Buffers);
                }
            }
        }
        if (!live.TryGetValue(OutputName, out var result))
        {
            throw new LessonException($"Жоден крок не записує вихід «{OutputName}».", $"No step writes the output '{OutputName}'.");
        }
        return new CnnRun(result, kept, times);
    }

    private static int FirstNonFinite(float[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Gives a dropped tensor's array back to the pool, unless the caller can still see it: the graph's input,
    /// a kept tensor, or an array another live tensor shares (Flatten reuses its input's array).
    /// </summary>
    private void Recycle(string name, ChwTensor dropped, Dictionary<string, ChwTensor> live, Dictionary<string, ChwTensor> kept, CnnBufferPool? buffers)
    {
        if (buffers is null || name == InputName || kept.ContainsKey(name)
            || live.Values.Any(t => ReferenceEquals(t.Data, dropped.Data)) || kept.Values.Any(t => ReferenceEquals(t.Data, dropped.Data)))
        {
            return;
        }
        buffers.Return(dropped.Data);
    }

    /// <summary>
    /// The network up to the step that writes <paramref name="tensor"/>, which becomes the output: the steps before it
    /// in order (all of them are needed in a chain like ResNet's; a branch that only feeds later steps is dropped).
    /// Slide 8 shows conv1's maps: the first three steps, not the 74 of the whole backbone. The layers are shared.
    /// </summary>
    /// <exception cref="LessonException">No step writes <paramref name="tensor"/>.</exception>
    public CnnGraph UpTo(string tensor)
    {
        var last = Steps.ToList().FindIndex(s => s.Output == tensor);
        if (last < 0)
        {
            throw new LessonException($"Жоден крок мережі не записує «{tensor}».", $"No step of the network writes '{tensor}'.");
        }
        // Walk back from the tensor: a step is needed when a needed step reads what it writes.
        var needed = new HashSet<string>(StringComparer.Ordinal) { tensor };
        var steps = new List<CnnStep>();
        for (var s = last; s >= 0; s--)
        {
            if (needed.Contains(Steps[s].Output))
            {
                steps.Add(Steps[s]);
                needed.UnionWith(Steps[s].Inputs);
            }
        }
        steps.Reverse();
        return new CnnGraph(InputName, tensor, steps);
    }

    /// <summary>Multiply-adds of one forward pass for an input of this shape (convolutions and dense layers).</summary>
    public long MultiplyAdds(int channels, int height, int width)
    {
        var shapes = new Dictionary<string, ChwTensor>(StringComparer.Ordinal) { [InputName] = ChwTensor.Zeros(channels, height, width) };
        long total = 0;
        foreach (var step in Steps)
        {
            var inputs = step.Inputs.Select(n => shapes[n]).ToList();
            total += step.Layer.MultiplyAdds(inputs);
            shapes[step.Output] = ShapeOnly(step.Layer, inputs);
        }
        return total;
    }

    // The output shape, found by running the step on zeros: cheap for everything except large convolutions,
    // which get their shape from the formula instead.
    private static ChwTensor ShapeOnly(ICnnLayer layer, IReadOnlyList<ChwTensor> inputs)
    {
        if (layer is ConvLayer conv)
        {
            var (h, w) = Conv2d.OutputSize(inputs[0], conv.Kernel, conv.Stride, conv.Pad);
            return ChwTensor.Zeros(conv.Kernel.OutChannels, h, w);
        }
        return layer.Forward(inputs, CnnRunOptions.Fast);
    }
}

/// <summary>A forward pass's result: the output, the intermediate tensors asked for, and each step's time in ms.</summary>
public sealed record CnnRun(ChwTensor Output, IReadOnlyDictionary<string, ChwTensor> Kept, IReadOnlyList<(string Step, double Milliseconds)> StepTimes);
