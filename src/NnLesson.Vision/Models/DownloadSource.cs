using NnLesson.Core;

namespace NnLesson.Vision.Models;

/// <summary>
/// Where catalogue files come from: their canonical addresses, or a mirror that holds the same files
/// side by side under their plain names (an http(s) base URL, e.g. a local server, or a folder such as
/// a USB stick for an offline lecture hall).
/// </summary>
public static class DownloadSource
{
    /// <summary>
    /// The mirror named by <paramref name="option"/> (--source), else by <see cref="ModelCatalog.SourceVariable"/>,
    /// else null (canonical addresses). The returned base always ends with '/'.
    /// </summary>
    public static Uri? Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Parse(option, "--source");
        }
        var fromEnv = Environment.GetEnvironmentVariable(ModelCatalog.SourceVariable);
        return string.IsNullOrWhiteSpace(fromEnv) ? null : Parse(fromEnv, ModelCatalog.SourceVariable);
    }

    /// <summary>An http(s) URL or an existing folder; anything else is a one-line <see cref="LessonException"/>.</summary>
    public static Uri Parse(string text, string what)
    {
        var trimmed = text.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return WithTrailingSlash(uri);
        }
        if (uri is { IsFile: true } && Directory.Exists(uri.LocalPath))
        {
            return WithTrailingSlash(uri);
        }
        if (Directory.Exists(trimmed))
        {
            return WithTrailingSlash(new Uri(Path.GetFullPath(trimmed)));
        }
        throw new LessonException(
            $"{what} має бути адресою http:// чи https:// або наявною папкою (задано «{text}»).",
            $"{what} must be an http:// or https:// address or an existing folder (got '{text}').");
    }

    /// <summary>The spec for one file: its canonical URL, or the mirror base + its file name.</summary>
    public static DownloadSpec SpecFor(CatalogFile file, Uri? mirror) => new(
        mirror is null ? file.CanonicalUrl : new Uri(mirror, Uri.EscapeDataString(file.FileName)),
        file.FileName, file.Size, file.Sha256);

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
