namespace NnLesson.Vision.Models;

/// <summary>What happened to one file.</summary>
public enum DownloadOutcome
{
    /// <summary>Fetched, verified (size and SHA-256), and renamed into place.</summary>
    Downloaded,

    /// <summary>A file with a different checksum was there; it was replaced by the verified download.</summary>
    Replaced,

    /// <summary>The file was already there with the right size and SHA-256; nothing was fetched.</summary>
    AlreadyPresent,
}

/// <summary>The verified file at <paramref name="Path"/> and how it got there.</summary>
public sealed record DownloadResult(string Path, DownloadOutcome Outcome, long Bytes);
