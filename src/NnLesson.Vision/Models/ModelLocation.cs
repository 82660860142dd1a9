namespace NnLesson.Vision.Models;

/// <summary>
/// Where the classifier's model was found: the .onnx file, its labels file (null → looked for beside the
/// model when opened), and which rule found it: "--model", "NNLESSON_MODEL", "models/" or "../shared/models".
/// </summary>
public sealed record ModelLocation(string ModelPath, string? LabelsPath, string Source)
{
    /// <summary>The model's name as figures and manifests show it: the file name without ".onnx".</summary>
    public string ModelName => Path.GetFileNameWithoutExtension(ModelPath);
}
