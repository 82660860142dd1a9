using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Inspection;
using NnLesson.Tuning;

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
        : this(GraphOutputExposer.ExposeWithSignature(model, expose), expose, threads)
    {
    }

    /// <summary>The edited model parsed once: its signature and its bytes for the session.</summary>
    private OnnxRuntimeReference((byte[] Model, string Input, IReadOnlyList<string> Outputs) exposed, IReadOnlyList<string> expose, int threads)
        : this((exposed.Input, exposed.Outputs), expose, options => new InferenceSession(exposed.Model, options), threads)
    {
    }

    private OnnxRuntimeReference((string Input, IReadOnlyList<string> Outputs) model, IReadOnlyList<string> expose,
        Func<SessionOptions, InferenceSession> open, int threads)
    {
        _input = model.Input;
        Outputs = [.. model.Outputs, .. expose.Where(e => !model.Outputs.Contains(e))];
        using var options = LaptopSessionOptions.Create();
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
        }
        try
        {
            _session = open(options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new LessonException($"ONNX Runtime cannot load the model: {e.Message}", e);
        }
    }

    /// <summary>
    /// The reference for a model on disk, its session built from an <see cref="ExposedModelFile"/>: no managed copy
    /// of the weights (63 MB for ResNet-18, twice with the exposed graph) is alive while the session is built; slide
    /// 7's peak went from 756 to 627 MB with this alone.
    /// </summary>
    /// <exception cref="LessonException">The model cannot be read, is not ONNX, a name is not a tensor, or ORT refuses it.</exception>
    public static OnnxRuntimeReference FromFile(string modelPath, IReadOnlyList<string> expose, int threads = 0)
    {
        using var exposed = ExposedModelFile.Create(modelPath, expose);
        return new OnnxRuntimeReference((exposed.Input, exposed.Outputs), expose, options => new InferenceSession(exposed.Path, options), threads);
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

    /// <summary>Disposes the session and gives the memory it freed back to the system (<see cref="NativeHeap.Trim"/>).</summary>
    public void Dispose()
    {
        _session.Dispose();
        NativeHeap.Trim();
    }
}
