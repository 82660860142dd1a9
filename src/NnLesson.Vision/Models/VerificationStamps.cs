using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NnLesson.Files;

namespace NnLesson.Vision.Models;

/// <summary>
/// Remembers, across runs, that a large file's SHA-256 was checked: one small stamp per file in
/// <c>&lt;cache&gt;/verified/</c> (never beside the file: the NuGet folder is not ours) holding the hash, the size,
/// the last-write time and the full path. A stamp counts only while all four still match, so a truncated,
/// rewritten or replaced file (its size or time changes) is hashed again. Hashing ResNet18.onnx's 63 MB
/// takes a noticeable moment; `model list` and every slide would otherwise pay it on each start.
/// Stamps are a convenience: when the cache folder cannot be written, files are simply hashed each time.
/// </summary>
internal sealed class VerificationStamps(string cacheRoot)
{
    /// <summary>The folder holding the stamps.</summary>
    public string Folder { get; } = Path.Combine(Path.GetFullPath(cacheRoot), "verified");

    /// <summary>True when a stamp says <paramref name="file"/>, as it is now, has SHA-256 <paramref name="sha256"/>.</summary>
    public bool IsVerified(string file, string sha256)
    {
        try
        {
            var stamp = StampPath(file);
            return File.Exists(stamp) && string.Equals(File.ReadAllText(stamp), StampText(file, sha256), StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records that <paramref name="file"/> was just hashed to <paramref name="sha256"/> (best effort).</summary>
    public void Record(string file, string sha256)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            AtomicFile.WriteAllText(StampPath(file), StampText(file, sha256));
        }
        catch (IOException)
        {
            // A read-only or full cache folder: the file is verified, it just will be hashed again next time.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string StampPath(string file)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(file))))[..32];
        return Path.Combine(Folder, key + ".stamp");
    }

    private static string StampText(string file, string sha256)
    {
        var info = new FileInfo(file);
        return string.Create(CultureInfo.InvariantCulture,
            $"sha256 {sha256}\nbytes {info.Length}\nwritten {info.LastWriteTimeUtc.Ticks}\npath {info.FullName}\n");
    }
}
