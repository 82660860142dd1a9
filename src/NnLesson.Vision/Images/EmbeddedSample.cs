using System.Security.Cryptography;
using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Vision.Images;

/// <summary>
/// data/sample.jpg (the CC0 cat, see data/README.md) embedded in this assembly, so slides 6 and 8 and `all`
/// have their default photo wherever the program runs. The loader reads files, so the bytes are written once
/// to <c>&lt;temp&gt;/nnlesson-sample-&lt;sha256 prefix&gt;/sample.jpg</c> (atomically; a copy whose hash differs,
/// e.g. edited or truncated, is replaced) and that path is returned. The file keeps its name, so figures
/// still say "sample.jpg".
/// </summary>
internal static class EmbeddedSample
{
    public const string ResourceName = "NnLesson.sample.jpg";

    public const string FileName = "sample.jpg";

    /// <summary>The embedded bytes.</summary>
    public static byte[] Bytes()
    {
        using var stream = typeof(EmbeddedSample).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The program was built without its {ResourceName} resource.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The path of a verified copy of the sample on disk.</summary>
    /// <exception cref="LessonException">The temporary folder is not writable.</exception>
    public static string Extract()
    {
        var bytes = Bytes();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var folder = Path.Combine(Path.GetTempPath(), $"nnlesson-sample-{hash[..16]}");
        var path = Path.Combine(folder, FileName);
        try
        {
            if (IsCopy(path, bytes.Length, hash))
            {
                return path;
            }
            Directory.CreateDirectory(folder);
            AtomicFile.WriteAllBytes(path, bytes);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException(
                $"Фото не вказано, а вбудоване зразкове фото не вдалося записати в {folder}: {e.Message}; вкажіть --image ШЛЯХ.",
                $"No photo given and the built-in sample photo could not be written to {folder}: {e.Message}; pass --image PATH.", e);
        }
    }

    private static bool IsCopy(string path, long size, string hash)
    {
        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length == size && Sha256File.Of(path) == hash;
    }
}
