using NnLesson.Core;
using NnLesson.Tuning;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// A model with extra outputs (<see cref="GraphOutputExposer.ExposeToFile"/>) in a temporary file, for an ONNX
/// Runtime session that loads from a path: ORT reads the file itself, so no managed copy of the weights (63 MB for
/// ResNet-18) is alive while it parses, fuses and re-lays them. Delete it (<see cref="Dispose"/>) once the session
/// is built: nothing of it is needed on disk after that.
/// </summary>
internal sealed class ExposedModelFile : IDisposable
{
    /// <summary>How the temporary files' names start (in the system's temporary folder).</summary>
    public const string NamePrefix = "nnlesson-exposed-";

    private ExposedModelFile(string path, string input, IReadOnlyList<string> outputs)
    {
        Path = path;
        Input = input;
        Outputs = outputs;
    }

    /// <summary>The temporary file holding the edited model.</summary>
    public string Path { get; }

    /// <summary>The model's first input.</summary>
    public string Input { get; }

    /// <summary>The model's own outputs (the exposed tensors follow them in the edited file).</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <exception cref="LessonException">The model cannot be read, is not ONNX, a name is not a computed tensor, or the file cannot be written.</exception>
    public static ExposedModelFile Create(string modelPath, IReadOnlyList<string> tensorNames)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{NamePrefix}{Environment.ProcessId}-{Guid.NewGuid():N}.onnx");
        var created = false;
        try
        {
            var (input, outputs) = GraphOutputExposer.ExposeToFile(modelPath, tensorNames, path);
            ManagedMemory.ReturnFreedBlocks(); // the model's bytes, read to check the names, go back before ORT allocates
            created = true;
            return new ExposedModelFile(path, input, outputs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException(
                $"Не вдалося записати змінену модель у «{path}»: {e.Message}",
                $"Cannot write the edited model to '{path}': {e.Message}", e);
        }
        finally
        {
            if (!created)
            {
                File.Delete(path);
            }
        }
    }

    public void Dispose() => File.Delete(Path);
}
