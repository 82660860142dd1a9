using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NnLesson.Core;

namespace NnLesson.Playground.Web;

/// <summary>Where to listen: an IP address (127.0.0.1 unless told) and a port (0 = any free one).</summary>
public sealed partial record PlaygroundServerOptions(IPAddress Address, int Port);

/// <summary>
/// The playground's web server (Kestrel): the embedded page at "/", one WebSocket per page at "/ws".
/// Guards: Host header and WebSocket Origin (<see cref="HostGuard"/>), a fixed file table (<see cref="EmbeddedAssets"/>),
/// no CORS at all (no Access-Control-* header is ever sent), a strict Content-Security-Policy, GET/HEAD only,
/// at most <see cref="Model.PlaygroundLimits.MaxSessions"/> sessions and <see cref="Model.PlaygroundLimits.MaxSessionsPerClient"/>
/// per client address, training within one shared <see cref="TrainingBudget"/>. Stopping (Ctrl+C) closes every session.
/// </summary>
public sealed class PlaygroundServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TrainingBudget _budget = TrainingBudget.ForThisMachine();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IPAddress, int> _perClient = new();
    private readonly Teach.TeachEndpoint _teach;
    private readonly Cnn.CnnEndpoint _cnn;
    private int _sessions;

    private PlaygroundServer(WebApplication app, Uri url, Teach.TeachEndpoint teach, string? cnnData)
    {
        _app = app;
        Url = url;
        _teach = teach;
        _cnn = new Cnn.CnnEndpoint(_budget, cnnData);
    }

    /// <summary>The address to open, e.g. http://127.0.0.1:5005/ (the real port when 0 was asked for).</summary>
    public Uri Url { get; }

    public int ActiveSessions => Volatile.Read(ref _sessions);

    /// <summary>Starts listening and returns once the port is bound (throws IOException when it is taken).</summary>
    public static async Task<PlaygroundServer> StartAsync(PlaygroundServerOptions options, bool handleCtrlC = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders(); // the console belongs to the command's own messages
        if (!handleCtrlC)
        {
            builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        }
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = 256;
            kestrel.Limits.MaxRequestBodySize = 0; // GET only: no request carries a body
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Listen(options.Address, options.Port);
        });
        var app = builder.Build();
        var guard = new HostGuard(IPAddress.IsLoopback(options.Address));
        PlaygroundServer? server = null;
        app.UseWebSockets(new WebSocketOptions
        {
            KeepAliveInterval = Model.PlaygroundLimits.KeepAliveInterval,
            KeepAliveTimeout = Model.PlaygroundLimits.KeepAliveTimeout, // a client that never answers a ping is dropped (G2)
        });
        app.Run(context => server!.HandleAsync(context, guard));
        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            // In use (Kestrel's IOException), or not an address of this computer / not bindable (a raw SocketException, probe G11).
            await app.DisposeAsync();
            var shown = Shown(options.Address, options.Port);
            throw e is IOException
                ? new LessonException(
                    $"Не вдалося слухати на {shown}: {e.Message} (спробуйте інший --port або --port 0 — будь-який вільний)",
                    $"Cannot listen on {shown}: {e.Message} (try another --port, or --port 0 for a free one)", e)
                : new LessonException(
                    $"Не вдалося слухати на {shown}: {e.Message} (чи це адреса цього комп’ютера? Спробуйте --host 127.0.0.1 або 0.0.0.0)",
                    $"Cannot listen on {shown}: {e.Message} (is it an address of this computer? Try --host 127.0.0.1 or 0.0.0.0)", e);
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var shownHost = options.Address.Equals(IPAddress.Any) || options.Address.Equals(IPAddress.IPv6Any)
            ? "127.0.0.1"
            : options.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{options.Address}]" : options.Address.ToString();
        server = new PlaygroundServer(app, new Uri($"http://{shownHost}:{port}/"), new Teach.TeachEndpoint(options.TeachCacheFolder), options.CnnDataFolder);
        return server;
    }

    /// <summary>"127.0.0.1:5005", "[::]:5005": an address and port as a URL writes them.</summary>
    public static string Shown(IPAddress address, int port) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]:{port}" : $"{address}:{port}";

    /// <summary>Completes when the server has stopped (Ctrl+C when it handles signals, or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _teach.Dispose();
    }

    /// <summary>The Teach page's sessions and its shared ResNet-18 (tests and benchmarks read them).</summary>
    internal Teach.TeachEndpoint Teach => _teach;

    internal Cnn.CnnEndpoint CnnPage => _cnn;

    private async Task HandleAsync(HttpContext context, HostGuard guard)
    {
        var request = context.Request;
        var response = context.Response;
        if (!guard.AllowsHost(request.Host.Value))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws://{request.Host.Value}; " +
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (request.Path == NnLesson.Playground.Teach.TeachEndpoint.Path)
        {
            await _teach.AcceptAsync(context, _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            return;
        }
        if (request.Path == Cnn.CnnEndpoint.Path)
        {
            await _cnn.AcceptAsync(context, _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            return;
        }
        if (request.Path == "/ws")
        {
            await AcceptSessionAsync(context);
            return;
        }
        if (!EmbeddedAssets.TryGet(request.Path.Value ?? "", out var content, out var contentType))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    private async Task AcceptSessionAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!HostGuard.AllowsOrigin(context.Request.Headers.Origin, context.Request.Host.Value!))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden; // another site's page may not drive a session
            return;
        }
        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (!TryTakePlace(client))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted,
                _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            await new PlaygroundSession(socket, _budget, stop.Token).RunAsync();
        }
        finally
        {
            ReleasePlace(client);
        }
    }

    /// <summary>A place for one more session, within the server's cap and the client's own; false = 503.</summary>
    private bool TryTakePlace(IPAddress client)
    {
        if (Interlocked.Increment(ref _sessions) > Model.PlaygroundLimits.MaxSessions)
        {
            Interlocked.Decrement(ref _sessions);
            return false;
        }
        if (_perClient.AddOrUpdate(client, 1, (_, count) => count + 1) > Model.PlaygroundLimits.MaxSessionsPerClient)
        {
            ReleasePlace(client);
            return false;
        }
        return true;
    }

    private void ReleasePlace(IPAddress client)
    {
        Interlocked.Decrement(ref _sessions);
        // Decrement, and drop the entry at zero only if nobody raced it up in between (so the table stays small).
        if (_perClient.AddOrUpdate(client, 0, (_, count) => count - 1) == 0)
        {
            _perClient.TryRemove(KeyValuePair.Create(client, 0));
        }
    }

    /// <summary>For servers inside another program (tests): the host does not take over Ctrl+C.</summary>
    private sealed class NoSignalsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
