using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NnLesson.Tests.Shared;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for download tests. It is hand-written on
/// <see cref="TcpListener"/> rather than HttpListener because the tests need to misbehave on purpose:
/// announce a Content-Length and send fewer bytes, omit the length, or go silent mid-body.
/// Every reply closes its connection. The accept loop serves at most <c>maxConnections</c> clients and
/// stops on <see cref="Dispose"/>; nothing listens beyond the loopback address.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    /// <summary>
    /// One answer. <paramref name="AnnouncedLength"/>: the Content-Length header (null = body length,
    /// -1 = no header, the body then ends when the connection closes). <paramref name="SendBytes"/>: how many
    /// body bytes are really sent (null = all). <paramref name="StallAfterSending"/>: keep the connection open
    /// and silent after sending, until the server is disposed.
    /// </summary>
    public sealed record Reply(int Status, byte[] Body, long? AnnouncedLength = null, int? SendBytes = null, bool StallAfterSending = false, string? Location = null)
    {
        public static Reply Ok(byte[] body) => new(200, body);

        public static Reply NotFound() => new(404, Encoding.ASCII.GetBytes("not found"));
    }

    private readonly TcpListener _listener;
    private readonly Func<string, Reply> _route;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly List<Task> _handlers = [];
    private readonly List<string> _paths = [];

    public LoopbackHttpServer(Func<string, Reply> route, int maxConnections = 32)
    {
        _route = route;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync(maxConnections);
    }

    /// <summary>Serves the given files by path ("/name"); any other path is a 404.</summary>
    public static LoopbackHttpServer ServingFiles(IReadOnlyDictionary<string, byte[]> files) =>
        new(path => files.TryGetValue(path.TrimStart('/'), out var body) ? Reply.Ok(body) : Reply.NotFound());

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    /// <summary>The request paths seen so far, in order.</summary>
    public IReadOnlyList<string> RequestedPaths
    {
        get
        {
            lock (_paths)
            {
                return [.. _paths];
            }
        }
    }

    /// <summary>A loopback port with nothing listening (bound, then released), for connection-refused tests.</summary>
    public static int UnusedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        Task[] pending;
        lock (_handlers)
        {
            pending = [_acceptLoop, .. _handlers];
        }
        Task.WaitAll(pending.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray(), TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task AcceptAsync(int maxConnections)
    {
        for (var served = 0; served < maxConnections && !_stop.IsCancellationRequested; served++)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_handlers)
            {
                _handlers.Add(HandleAsync(client));
            }
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream, timeout.Token);
                lock (_paths)
                {
                    _paths.Add(path);
                }
                var reply = _route(path);
                var header = new StringBuilder()
                    .Append($"HTTP/1.1 {reply.Status} {ReasonPhrase(reply.Status)}\r\n")
                    .Append("Content-Type: application/octet-stream\r\n")
                    .Append("Connection: close\r\n");
                if (reply.Location is not null)
                {
                    header.Append($"Location: {reply.Location}\r\n");
                }
                var announced = reply.AnnouncedLength ?? reply.Body.Length;
                if (announced >= 0)
                {
                    header.Append($"Content-Length: {announced}\r\n");
                }
                header.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(header.ToString()), timeout.Token);
                var count = Math.Min(reply.SendBytes ?? reply.Body.Length, reply.Body.Length);
                await stream.WriteAsync(reply.Body.AsMemory(0, count), timeout.Token);
                await stream.FlushAsync(timeout.Token);
                if (reply.StallAfterSending)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server is stopping: just close the connection.
            }
        }
    }

    /// <summary>Reads the request head (at most 16 KiB) and returns the path of "GET /path HTTP/1.1".</summary>
    private static async Task<string> ReadRequestPathAsync(NetworkStream stream, CancellationToken token)
    {
        var head = new List<byte>();
        var buffer = new byte[1024];
        while (head.Count < 16 * 1024)
        {
            var read = await stream.ReadAsync(buffer, token);
            if (read == 0)
            {
                break;
            }
            head.AddRange(buffer.AsSpan(0, read));
            if (Encoding.ASCII.GetString([.. head]).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }
        var requestLine = Encoding.ASCII.GetString([.. head]).Split("\r\n")[0].Split(' ');
        return requestLine.Length >= 2 ? Uri.UnescapeDataString(requestLine[1]) : "/";
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    };
}
