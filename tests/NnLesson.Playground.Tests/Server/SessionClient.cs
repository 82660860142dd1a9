using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NnLesson.Playground.Tests.Server;

/// <summary>A page's side of the WebSocket, for tests: send commands, read the next message of a given type.</summary>
public sealed class SessionClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    /// <summary>The close code the server sent (null until a close frame came).</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <param name="from">The client's own loopback address (127.0.0.x): the server counts sessions per client address.</param>
    public static async Task<SessionClient> ConnectAsync(Uri server, string? origin = null, System.Net.IPAddress? from = null)
    {
        var client = new SessionClient();
        if (origin is not null)
        {
            client._socket.Options.SetRequestHeader("Origin", origin);
        }
        if (from is null)
        {
            await client._socket.ConnectAsync(new Uri($"ws://{server.Authority}/ws"), Timeout());
            return client;
        }
        var handler = new System.Net.Http.SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new System.Net.Sockets.Socket(from.AddressFamily, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                socket.Bind(new System.Net.IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        await client._socket.ConnectAsync(new Uri($"ws://{server.Authority}/ws"), new System.Net.Http.HttpMessageInvoker(handler), Timeout());
        return client;
    }

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    public async Task SendRawAsync(string text) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Timeout());

    public Task ConfigureAsync(JsonObject settings) => SendAsync(new JsonObject { ["type"] = "configure", ["settings"] = settings });

    /// <summary>The next message whose "type" is <paramref name="type"/> (others are skipped); fails after 20 s.</summary>
    public async Task<JsonObject> NextAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync() ?? throw new InvalidOperationException($"The server closed the session while a '{type}' was awaited.");
            if ((string?)message["type"] == type)
            {
                return message;
            }
        }
    }

    /// <summary>The next message of <paramref name="type"/>, or null when none came within <paramref name="quiet"/> (the socket is then aborted).</summary>
    public async Task<JsonObject?> NextOrNullAsync(string type, TimeSpan quiet)
    {
        try
        {
            while (true)
            {
                var message = await ReceiveAsync(new CancellationTokenSource(quiet).Token);
                if (message is null || (string?)message["type"] == type)
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The next message, or null when the server closed the socket.</summary>
    public Task<JsonObject?> ReceiveAsync() => ReceiveAsync(Timeout());

    private async Task<JsonObject?> ReceiveAsync(CancellationToken token)
    {
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(text.ToArray())!.AsObject();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Timeout());
            }
            catch (WebSocketException)
            {
            }
        }
        _socket.Dispose();
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
