using System.Buffers.Binary;
using System.Security.Cryptography;
using NnLesson.Files;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// Backbone outputs on disk, one file per photo, keyed by the SHA-256 of the photo's bytes and of the model:
/// a second run over the same photos skips the network, and a changed photo (new bytes, new hash) or a
/// different model (another folder) is computed afresh. Where: <see cref="DefaultRoot"/>.
/// <para>
/// File <c>&lt;root&gt;/features-&lt;model sha256[..16]&gt;/&lt;photo sha256&gt;.nnlfeat</c>, little-endian:
/// <code>
/// "NNLFEAT1"  model sha256 (32 bytes)  photo sha256 (32 bytes)  int32 D, K, H, W
/// float32 features [D]   float16 maps [K, H, W]   sha256 of everything before (32 bytes)
/// </code>
/// The maps are stored as float16 (about 3 significant digits, plenty for a picture; 49 KB instead of 98 KB
/// a photo); the features the head learns from stay float32, exactly as the network returned them.
/// A file whose length, magic, hashes or checksum do not match, or that holds a non-finite number, is
/// corrupt or foreign: <see cref="TryRead"/> returns null and the caller recomputes and overwrites it.
/// Files are written atomically (<see cref="AtomicFile"/>), so a crash never leaves a half-written entry.
/// </para>
/// </summary>
public sealed class FeatureCache(string root, string modelSha256)
{
    public const string EnvironmentVariable = "NNLESSON_CACHE";
    private static readonly byte[] Magic = "NNLFEAT1"u8.ToArray();
    private const int HeaderBytes = 8 + 32 + 32 + 16;

    /// <summary>The cache folder (all models).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>This model's folder inside <see cref="Root"/>.</summary>
    public string Folder => Path.Combine(Root, $"features-{modelSha256[..16]}");

    /// <summary>
    /// The cache folder when none is given: <c>$NNLESSON_CACHE</c>, else the user's cache folder
    /// (<c>$XDG_CACHE_HOME/nnlesson</c> or <c>~/.cache/nnlesson</c>; on Windows <c>%LOCALAPPDATA%\NnLesson\cache</c>).
    /// Not inside <c>--out</c>: the entries are valid for any run over the same photos (keyed by content, not by
    /// path), and an output folder is for figures that get copied into slides and deleted freely.
    /// </summary>
    public static string DefaultRoot()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
        {
            return Path.GetFullPath(fromEnv);
        }
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "NnLesson", "cache");
        }
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "nnlesson");
        }
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "nnlesson");
    }

    /// <summary>Lower-case hex SHA-256 of a photo's bytes: its cache key.</summary>
    public static string KeyOf(ReadOnlySpan<byte> photoBytes) => Convert.ToHexStringLower(SHA256.HashData(photoBytes));

    public string PathFor(string photoSha256) => Path.Combine(Folder, photoSha256 + ".nnlfeat");

    /// <summary>
    /// The entry of a photo, or null when there is none or it is corrupt or foreign (then <paramref name="corrupt"/> is true).
    /// <paramref name="withMaps"/> false skips converting the float16 maps (the whole file is still checked) and returns empty maps.
    /// </summary>
    public BackboneFeatures? TryRead(string photoSha256, out bool corrupt, bool withMaps = true)
    {
        corrupt = false;
        var path = PathFor(photoSha256);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            corrupt = true;
            return null;
        }
        var entry = Decode(bytes, modelSha256, photoSha256, withMaps);
        corrupt = entry is null;
        return entry;
    }

    /// <summary>Writes (or replaces) the entry of a photo atomically.</summary>
    public void Write(string photoSha256, BackboneFeatures features)
    {
        Directory.CreateDirectory(Folder);
        AtomicFile.WriteAllBytes(PathFor(photoSha256), Encode(features, modelSha256, photoSha256));
    }

    public static byte[] Encode(BackboneFeatures entry, string modelSha256, string photoSha256)
    {
        var d = entry.Features.Length;
        var m = entry.Maps.Length;
        var bytes = new byte[HeaderBytes + 4 * d + 2 * m + 32];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        Convert.FromHexString(modelSha256).CopyTo(span[8..]);
        Convert.FromHexString(photoSha256).CopyTo(span[40..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[72..], d);
        BinaryPrimitives.WriteInt32LittleEndian(span[76..], entry.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[80..], entry.Height);
        BinaryPrimitives.WriteInt32LittleEndian(span[84..], entry.Width);
        var at = HeaderBytes;
        foreach (var f in entry.Features)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[at..], f);
            at += 4;
        }
        foreach (var v in entry.Maps)
        {
            BinaryPrimitives.WriteHalfLittleEndian(span[at..], (Half)v);
            at += 2;
        }
        SHA256.HashData(span[..at], span[at..]);
        return bytes;
    }

    /// <summary>The entry, or null when anything about the bytes is not what <see cref="Encode"/> writes for this model and photo.</summary>
    public static BackboneFeatures? Decode(ReadOnlySpan<byte> bytes, string modelSha256, string photoSha256, bool withMaps = true)
    {
        if (bytes.Length < HeaderBytes + 32 || !bytes[..8].SequenceEqual(Magic)
            || !bytes[8..40].SequenceEqual(Convert.FromHexString(modelSha256))
            || !bytes[40..72].SequenceEqual(Convert.FromHexString(photoSha256)))
        {
            return null;
        }
        var d = BinaryPrimitives.ReadInt32LittleEndian(bytes[72..]);
        var k = BinaryPrimitives.ReadInt32LittleEndian(bytes[76..]);
        var h = BinaryPrimitives.ReadInt32LittleEndian(bytes[80..]);
        var w = BinaryPrimitives.ReadInt32LittleEndian(bytes[84..]);
        if (d is < 1 or > 65_536 || k != d || h is < 1 or > 64 || w is < 1 or > 64
            || bytes.Length != HeaderBytes + 4L * d + 2L * k * h * w + 32)
        {
            return null;
        }
        var body = bytes[..^32];
        Span<byte> checksum = stackalloc byte[32];
        SHA256.HashData(body, checksum);
        if (!checksum.SequenceEqual(bytes[^32..]))
        {
            return null;
        }
        var features = new float[d];
        var maps = new float[withMaps ? k * h * w : 0];
        var at = HeaderBytes;
        for (var i = 0; i < d; i++, at += 4)
        {
            features[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        }
        for (var i = 0; i < maps.Length; i++, at += 2)
        {
            maps[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[at..]);
        }
        if (!features.All(float.IsFinite) || !maps.All(float.IsFinite))
        {
            return null;
        }
        return new BackboneFeatures(features, maps, k, h, w);
    }
}
