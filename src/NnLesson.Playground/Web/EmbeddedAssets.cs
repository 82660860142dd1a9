using System.Reflection;

namespace NnLesson.Playground.Web;

/// <summary>
/// The page's files, compiled into this assembly (wwwroot/*). A request path is looked up in this fixed table and
/// nothing else: no file system, so no path can escape it ("/../", "%2e%2e", "\\" all simply miss).
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Routes = new(StringComparer.Ordinal)
    {
        ["/"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
        ["/index.html"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("wwwroot/app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("wwwroot/app.css", "text/css; charset=utf-8"),
        ["/favicon.svg"] = ("wwwroot/favicon.svg", "image/svg+xml"),
        ["/teach"] = ("wwwroot/teach.html", "text/html; charset=utf-8"),
        ["/teach.html"] = ("wwwroot/teach.html", "text/html; charset=utf-8"),
        ["/teach.js"] = ("wwwroot/teach.js", "text/javascript; charset=utf-8"),
        ["/teach-text.js"] = ("wwwroot/teach-text.js", "text/javascript; charset=utf-8"),
        ["/teach-cards.js"] = ("wwwroot/teach-cards.js", "text/javascript; charset=utf-8"),
        ["/teach-camera.js"] = ("wwwroot/teach-camera.js", "text/javascript; charset=utf-8"),
        ["/teach-training.js"] = ("wwwroot/teach-training.js", "text/javascript; charset=utf-8"),
        ["/teach.css"] = ("wwwroot/teach.css", "text/css; charset=utf-8"),
    };

    private static readonly Dictionary<string, byte[]> Cache = Routes.Values.Select(r => r.Resource).Distinct()
        .ToDictionary(name => name, Load);

    public static IEnumerable<string> Paths => Routes.Keys;

    /// <summary>The file for an exact request path, or false (the server answers 404).</summary>
    public static bool TryGet(string path, out byte[] content, out string contentType)
    {
        if (Routes.TryGetValue(path, out var route))
        {
            content = Cache[route.Resource];
            contentType = route.ContentType;
            return true;
        }
        content = [];
        contentType = "";
        return false;
    }

    private static byte[] Load(string resource)
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The page file {resource} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
