namespace NnLesson.Vision.Models;

/// <summary>
/// What <see cref="ModelDownloader"/> fetches: from <paramref name="Url"/> (http, https, or file://
/// for a local mirror), saved as <paramref name="FileName"/>, accepted only if it is exactly
/// <paramref name="Size"/> bytes with this SHA-256 (lower-case hex).
/// </summary>
public sealed record DownloadSpec(Uri Url, string FileName, long Size, string Sha256);
