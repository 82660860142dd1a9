namespace NnLesson.Vision.Models;

/// <summary>
/// One file a catalogue model is made of (the .onnx weights or the class-name list), with the facts
/// that identify it byte for byte: its size and SHA-256 (lower-case hex), as published with the file.
/// </summary>
/// <param name="FileName">Plain file name, saved under this name in the models folder.</param>
/// <param name="CanonicalUrl">Where the original is published; a mirror (--source) keeps only the file name.</param>
public sealed record CatalogFile(string FileName, Uri CanonicalUrl, long Size, string Sha256)
{
    /// <summary>The first 12 hex digits of the SHA-256: enough to tell files apart in a table.</summary>
    public string ShortSha256 => Sha256[..12];
}
