namespace NnLesson.Figures.Output;

/// <summary>A PNG on disk as the manifest records it: full path, pixel size, SHA-256 of the bytes.</summary>
public sealed record SavedFigure(string Path, int Width, int Height, string Sha256)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
