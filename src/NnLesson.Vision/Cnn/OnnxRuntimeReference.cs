using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Inspection;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// The same ONNX model run by ONNX Runtime, with chosen intermediate tensors exposed as extra outputs
/// (<see cref="GraphOutputExposer"/>): the independent reference that the from-scratch engine is compared with.
/// </summary>
public sealed class OnnxRuntimeReference : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string _input;

    /// <param name="threads">Intra-op threads; 0 keeps the laptop default (cores, at most 4).</param>
    public OnnxRuntimeReference(byte[] model, IReadOnlyList<string> expose, int threads = 0)
    {
        var graph = OnnxGraph.Parse(model);
        _input = graph.Inputs[0];
        Outputs = [.. graph.Outputs, .. expose.Where(e => !graph.Outputs.Contains(e))];
        using var options = LaptopSessionOptions.Create();
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
        }
        try
        {
            _session = new InferenceSession(GraphOutputExposer.Expose(model, expose), options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new LessonException($"ONNX Runtime cannot load the model: {e.Message}", e);
        }
    }

    /// <summary>The model's own outputs first, then the exposed tensors.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>One forward pass of x: [C, H, W] as a batch of one; every output by name, flattened row-major.</summary>
    public IReadOnlyDictionary<string, float[]> Run(ChwTensor x)
    {
        var tensor = new DenseTensor<float>(x.Data, [1, x.Channels, x.Height, x.Width]);
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_input, tensor)], Outputs);
        return results.ToDictionary(r => r.Name, r => r.AsEnumerable<float>().ToArray(), StringComparer.Ordinal);
    }

    public void Dispose() => _session.Dispose();
}
