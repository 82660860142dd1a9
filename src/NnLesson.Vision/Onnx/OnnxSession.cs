using Microsoft.ML.OnnxRuntime;
using NnLesson.Core;
using NnLesson.Tuning;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// The one place an ONNX Runtime session is opened, run and closed. Every model the lecture runs with ONNX Runtime
/// (the ImageNet classifier, the CNN inspector, the class activation maps, ResNet-18's features and its parity
/// reference) goes through it, so they share the laptop settings (<see cref="LaptopSessionOptions"/>), the
/// intermediate tensors made outputs (<see cref="GraphOutputExposer"/>), one-line errors in both languages, and
/// giving freed memory back when the session closes (<see cref="NativeHeap.Trim"/>).
/// What is specific to each model (its checks, its tensors, what it returns) stays in its own class.
/// </summary>
public sealed class OnnxSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();

    private OnnxSession(InferenceSession session, string shownAs)
    {
        _session = session;
        ShownAs = shownAs;
        Input = session.InputMetadata.Keys.First();
        Outputs = [.. session.OutputMetadata.Keys];
    }

    /// <summary>How errors name the model: its path, or its name when it came from memory.</summary>
    public string ShownAs { get; }

    /// <summary>The model's first input.</summary>
    public string Input { get; }

    /// <summary>Every output of the session: the model's own first, then any exposed tensors.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The inputs as the file declares them (names, element types, dimensions; -1 for a free one).</summary>
    public IReadOnlyDictionary<string, NodeMetadata> InputMetadata => _session.InputMetadata;

    /// <summary>The outputs as the file declares them.</summary>
    public IReadOnlyDictionary<string, NodeMetadata> OutputMetadata => _session.OutputMetadata;

    /// <summary>Opens a model file as it is.</summary>
    /// <param name="threads">Intra-op threads; 0 keeps the laptop default (cores, at most 4).</param>
    /// <exception cref="LessonException">ONNX Runtime refuses the file (damaged or not ONNX).</exception>
    public static OnnxSession Open(string modelPath, int threads = 0) =>
        Create(options => new InferenceSession(modelPath, options), modelPath, threads);

    /// <summary>
    /// Opens a model file with the named intermediate tensors as extra outputs. The edited model goes through a
    /// temporary file (<see cref="ExposedModelFile"/>), so no managed copy of the weights is alive while ONNX Runtime
    /// parses, fuses and re-lays them; the file is deleted once the session holds them.
    /// </summary>
    /// <exception cref="LessonException">The model cannot be read, a name is not a computed tensor, or ORT refuses it.</exception>
    public static OnnxSession OpenExposing(string modelPath, IReadOnlyList<string> expose, int threads = 0)
    {
        using var exposed = ExposedModelFile.Create(modelPath, expose);
        return Create(options => new InferenceSession(exposed.Path, options), modelPath, threads);
    }

    /// <summary>A model already in memory, with the named intermediate tensors (if any) as extra outputs.</summary>
    /// <exception cref="LessonException">Not an ONNX model, a name is not a computed tensor, or ORT refuses it.</exception>
    public static OnnxSession FromBytes(byte[] model, string shownAs, IReadOnlyList<string>? expose = null, int threads = 0)
    {
        var bytes = expose is { Count: > 0 } ? GraphOutputExposer.Expose(model, expose) : model;
        return Create(options => new InferenceSession(bytes, options), shownAs, threads);
    }

    /// <summary>
    /// One forward pass of one float input [shape] (row-major <paramref name="input"/>); the named outputs, which the
    /// caller disposes. <paramref name="input"/> is read in place, not copied.
    /// </summary>
    /// <exception cref="LessonException">ONNX Runtime fails to run the model on this input.</exception>
    public IDisposableReadOnlyCollection<OrtValue> Run(float[] input, long[] shape, IReadOnlyList<string> outputs)
    {
        using var value = OrtValue.CreateTensorValueFromMemory(input, shape);
        return Run(value, outputs);
    }

    /// <summary>One forward pass of an input already in an <see cref="OrtValue"/> (e.g. another session's output).</summary>
    /// <exception cref="LessonException">ONNX Runtime fails to run the model on this input.</exception>
    public IDisposableReadOnlyCollection<OrtValue> Run(OrtValue input, IReadOnlyList<string> outputs)
    {
        try
        {
            return _session.Run(_runOptions, [Input], [input], outputs);
        }
        catch (OnnxRuntimeException e)
        {
            var shape = string.Join(", ", input.GetTensorTypeAndShape().Shape);
            throw new LessonException(
                $"ONNX Runtime не змогла виконати модель «{ShownAs}» на вході форми [{shape}]: {FirstLine(e.Message)}",
                $"ONNX Runtime failed to run '{ShownAs}' on an input of shape [{shape}]: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>Closes the session and gives the memory it freed back to the system.</summary>
    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        NativeHeap.Trim();
    }

    private static OnnxSession Create(Func<SessionOptions, InferenceSession> open, string shownAs, int threads)
    {
        using var options = LaptopSessionOptions.Create();
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
        }
        try
        {
            return new OnnxSession(open(options), shownAs);
        }
        catch (OnnxRuntimeException e)
        {
            throw new LessonException(
                $"«{shownAs}» не є коректною моделлю ONNX (файл пошкоджено або це не ONNX): {FirstLine(e.Message)}",
                $"'{shownAs}' is not a valid ONNX model (damaged or not ONNX): {FirstLine(e.Message)}", e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
