using System.Net;

namespace NnLesson.Playground.Web;

/// <summary>
/// Which Host headers and WebSocket origins the server accepts. On loopback only localhost names: a web page
/// elsewhere cannot reach the playground through DNS rebinding (its Host would be its own name). Exposed with
/// --host, IP literals are accepted too (students type the lecturer's address). A WebSocket's Origin, when the
/// browser sends one, must be this very server (http://{Host}): no other site can drive a session.
/// </summary>
internal sealed class HostGuard(bool loopbackOnly)
{
    public bool AllowsHost(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }
        var host = HostName(hostHeader);
        if (host is "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            return true;
        }
        return !loopbackOnly && IPAddress.TryParse(host, out _);
    }

    public static bool AllowsOrigin(string? origin, string hostHeader) =>
        string.IsNullOrEmpty(origin) || string.Equals(origin, $"http://{hostHeader}", StringComparison.OrdinalIgnoreCase);

    /// <summary>"127.0.0.1:5005" → "127.0.0.1", "[::1]:5005" → "::1", "localhost" → "localhost".</summary>
    private static string HostName(string hostHeader)
    {
        if (hostHeader.StartsWith('['))
        {
            var end = hostHeader.IndexOf(']');
            return end > 0 ? hostHeader[1..end] : hostHeader;
        }
        var colon = hostHeader.LastIndexOf(':');
        return (colon >= 0 ? hostHeader[..colon] : hostHeader).ToLowerInvariant();
    }
}
