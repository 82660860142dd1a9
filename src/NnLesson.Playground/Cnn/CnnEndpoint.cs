using Microsoft.AspNetCore.Http;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// The CNN page's WebSocket at <see cref="Path"/>: the server's Host guard has already run (every request passes it
/// first); here the Origin guard (<see cref="HostGuard.AllowsOrigin"/>) and a cap of <see cref="CnnLimits.MaxSessions"/>
/// sessions, then one <see cref="CnnSession"/> for as long as the socket is open. All sessions share the images
/// (<see cref="CnnDataSource"/>, read once) and the server's <see cref="TrainingBudget"/>; each has its own network.
/// </summary>
internal sealed class CnnEndpoint(TrainingBudget budget, string? dataFolder)
{
    public const string Path = "/cnn/ws";

    private readonly CnnDataSource _source = new(dataFolder);
    private int _sessions;

    public int ActiveSessions => Volatile.Read(ref _sessions);

    public async Task AcceptAsync(HttpContext context, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!HostGuard.AllowsOrigin(context.Request.Headers.Origin, context.Request.Host.Value!))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden; // another site's page may not drive a training
            return;
        }
        if (Interlocked.Increment(ref _sessions) > CnnLimits.MaxSessions)
        {
            Interlocked.Decrement(ref _sessions);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await new CnnSession(socket, _source, budget, stop.Token).RunAsync();
        }
        finally
        {
            Interlocked.Decrement(ref _sessions);
        }
    }
}
