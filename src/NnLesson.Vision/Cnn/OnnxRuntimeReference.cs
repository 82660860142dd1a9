using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Vision.Onnx;

namespace NnLesson.Vision.Cnn;

/// <summary>
/// The same ONNX model run by ONNX Runtime, with chosen intermediate tensors exposed as extra outputs
/// (<see cref="GraphOutputExposer"/>): the independent reference that the from-scratch engine is compared with.
/// </summary>
public sealed class OnnxRuntimeReference : IDisposable
{
    private readonly OnnxSession _session;

    private OnnxRuntimeReference(OnnxSession session) => _session = session;

    /// <param name="threads">Intra-op threads; 0 keeps the laptop default (cores, at most 4).</param>
    /// <exception cref="LessonException">Not ONNX, a name is not a computed tensor, or ORT refuses the model.</exception>
    public OnnxRuntimeReference(byte[] model, IReadOnlyList<string> expose, int threads = 0)
        : this(OnnxSession.FromBytes(model, "model", expose, threads))
    {
    }

    /// <summary>
    /// The reference for a model on disk (<see cref="OnnxSession.OpenExposing"/>: no managed copy of the weights,
    /// 63 MB for ResNet-18 and twice that with the exposed graph, is alive while the session is built).
    /// </summary>
    /// <exception cref="LessonException">The model cannot be read, is not ONNX, a name is not a tensor, or ORT refuses it.</exception>
    public static OnnxRuntimeReference FromFile(string modelPath, IReadOnlyList<string> expose, int threads = 0) =>
        new(OnnxSession.OpenExposing(modelPath, expose, threads));

    /// <summary>The model's own outputs first, then the exposed tensors.</summary>
    public IReadOnlyList<string> Outputs => _session.Outputs;

    /// <summary>One forward pass of x: [C, H, W] as a batch of one; every output by name, flattened row-major.</summary>
    public IReadOnlyDictionary<string, float[]> Run(ChwTensor x)
    {
        using var results = _session.Run(x.Data, [1, x.Channels, x.Height, x.Width], Outputs);
        return Outputs.Select((name, i) => (name, values: results[i].GetTensorDataAsSpan<float>().ToArray()))
            .ToDictionary(r => r.name, r => r.values, StringComparer.Ordinal);
    }

    /// <summary>Closes the session (and gives the memory it freed back to the system).</summary>
    public void Dispose() => _session.Dispose();
}
