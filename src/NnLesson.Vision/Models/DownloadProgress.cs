namespace NnLesson.Vision.Models;

/// <summary>How far one file's download is: <paramref name="BytesDone"/> of <paramref name="BytesTotal"/> (the catalogue size).</summary>
public sealed record DownloadProgress(string FileName, long BytesDone, long BytesTotal);
