using Microsoft.AspNetCore.Http;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Teach;

/// <summary>
/// The Teach page's WebSocket at <see cref="Path"/>: the server's Host guard has already run (every request passes it
/// first); here the Origin guard of the playground's own socket (<see cref="HostGuard.AllowsOrigin"/>) and a cap of
/// <see cref="TeachLimits.MaxSessions"/> sessions, then one <see cref="TeachSession"/> for as long as the socket is open.
/// All sessions share one <see cref="TeachBackbone"/> (ResNet-18 and the feature cache).
/// </summary>
public sealed class TeachEndpoint(string? cacheRoot) : IDisposable
{
    public const string Path = "/teach/ws";

    private readonly TeachBackbone _backbone = new(cacheRoot);
    private int _sessions;

    public int ActiveSessions => Volatile.Read(ref _sessions);

    public TeachBackbone Backbone => _backbone;

    public async Task AcceptAsync(HttpContext context, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!HostGuard.AllowsOrigin(context.Request.Headers.Origin, context.Request.Host.Value!))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden; // another site's page may not send photos here
            return;
        }
        if (Interlocked.Increment(ref _sessions) > TeachLimits.MaxSessions)
        {
            Interlocked.Decrement(ref _sessions);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await new TeachSession(socket, _backbone, stop.Token).RunAsync();
        }
        finally
        {
            Interlocked.Decrement(ref _sessions);
        }
    }

    public void Dispose() => _backbone.Dispose();
}
