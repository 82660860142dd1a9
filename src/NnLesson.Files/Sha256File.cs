using System.Security.Cryptography;

namespace NnLesson.Files;

/// <summary>Lower-case hex SHA-256 of a file, as in the manifest and the model checksums.</summary>
public static class Sha256File
{
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
