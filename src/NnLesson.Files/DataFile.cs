using System.Security.Cryptography;
using NnLesson.Core;

namespace NnLesson.Files;

/// <summary>What a file is to the person reading a message about it: "Image" / "Зображення", "Head file" / "Файл голови".</summary>
public readonly record struct FileRole(string Uk, string En)
{
    public static readonly FileRole Image = new("Зображення", "Image");
    public static readonly FileRole Head = new("Файл голови", "Head file");
    public static readonly FileRole CacheEntry = new("Запис кешу", "Cache entry");
}

/// <summary>
/// The one gate every data file passes before the program reads it in full: a regular file (<see cref="RegularFile"/>:
/// no FIFO, device or folder), no larger than the caller's limit, and, when the caller knows the kind of file, with
/// the right signature in its first bytes — all checked from the file's size and first bytes, never by reading it
/// whole. Before December 2026 a head file (<c>--head /dev/zero</c>: 4.3 GB, then OutOfMemory; a FIFO: a hang) and
/// a photo's cache key (a 1.9 GB sparse <c>.jpg</c> in a teach folder: 2 GB of memory) were read whole first (probe
/// G4, G7). Hashing streams (<see cref="Sha256"/>).
/// </summary>
public static class DataFile
{
    /// <summary>How many first bytes <see cref="Open"/> hands to a signature check.</summary>
    public const int SignatureBytes = 32;

    /// <summary>
    /// Opens <paramref name="path"/> for reading after the checks: regular, at most <paramref name="maxBytes"/>, and
    /// <paramref name="signature"/> (given the first up to <see cref="SignatureBytes"/> bytes) true; the stream is at 0.
    /// A refusal is one <see cref="LessonException"/> line naming the file; <paramref name="notSignature"/> words the
    /// last check's refusal (uk, en), given the path.
    /// </summary>
    public static FileStream Open(string path, FileRole role, long maxBytes,
        Func<ReadOnlySpan<byte>, bool>? signature = null, Func<string, (string Uk, string En)>? notSignature = null)
    {
        var stream = RegularFile.OpenRead(path, role.En);
        try
        {
            CheckSize(path, role, stream.Length, maxBytes);
            if (signature is not null && stream.Length == 0)
            {
                throw new LessonException($"{role.Uk} '{path}': порожній файл (0 байтів).", $"{role.En} '{path}' is empty (0 bytes).");
            }
            if (signature is not null)
            {
                Span<byte> first = stackalloc byte[SignatureBytes];
                var read = stream.ReadAtLeast(first, SignatureBytes, throwOnEndOfStream: false);
                if (!signature(first[..read]))
                {
                    var (uk, en) = notSignature?.Invoke(path) ?? ($"'{path}' — не той формат файлу.", $"'{path}' is not the expected kind of file.");
                    throw new LessonException(uk, en);
                }
                stream.Position = 0;
            }
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new LessonException($"Не вдалося прочитати '{path}': {e.Message}", $"Cannot read {role.En.ToLowerInvariant()} '{path}': {e.Message}", e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The whole file after <see cref="Open"/>'s checks.</summary>
    public static byte[] ReadAllBytes(string path, FileRole role, long maxBytes,
        Func<ReadOnlySpan<byte>, bool>? signature = null, Func<string, (string Uk, string En)>? notSignature = null)
    {
        using var stream = Open(path, role, maxBytes, signature, notSignature);
        try
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (EndOfStreamException e)
        {
            throw new LessonException($"'{path}' зменшився, поки його читали.", $"'{path}' shrank while it was being read.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося прочитати '{path}': {e.Message}", $"Cannot read {role.En.ToLowerInvariant()} '{path}': {e.Message}", e);
        }
    }

    /// <summary>Lower-case hex SHA-256 of the file after <see cref="Open"/>'s checks, read in a stream (never whole into memory).</summary>
    public static string Sha256(string path, FileRole role, long maxBytes,
        Func<ReadOnlySpan<byte>, bool>? signature = null, Func<string, (string Uk, string En)>? notSignature = null)
    {
        using var stream = Open(path, role, maxBytes, signature, notSignature);
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося прочитати '{path}': {e.Message}", $"Cannot read {role.En.ToLowerInvariant()} '{path}': {e.Message}", e);
        }
    }

    /// <summary>One line when <paramref name="bytes"/> exceeds <paramref name="maxBytes"/> (sizes in whole MB, or KB below 1 MB).</summary>
    public static void CheckSize(string path, FileRole role, long bytes, long maxBytes)
    {
        if (bytes > maxBytes)
        {
            var (size, limit) = (Size(bytes), Size(maxBytes));
            throw new LessonException(
                $"{role.Uk} '{path}' має {size.Uk}; найбільше — {limit.Uk}.",
                $"{role.En} '{path}' is {size.En}; the limit is {limit.En}.");
        }
    }

    private static (string Uk, string En) Size(long bytes) => bytes >= 1024 * 1024
        ? ($"{bytes / (1024 * 1024)} МБ", $"{bytes / (1024 * 1024)} MB")
        : ($"{(bytes + 1023) / 1024} КБ", $"{(bytes + 1023) / 1024} KB");
}
