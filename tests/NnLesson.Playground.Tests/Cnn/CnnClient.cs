using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>The CNN page's side of its WebSocket (/cnn/ws), for tests: send commands as JSON, read the next message of a type.</summary>
public sealed class CnnClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>How long <see cref="NextAsync"/> waits (the real data set takes seconds to read on a loaded machine).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(60);

    public static async Task<CnnClient> ConnectAsync(Uri server, string? origin = null)
    {
        var client = new CnnClient();
        if (origin is not null)
        {
            client._socket.Options.SetRequestHeader("Origin", origin);
        }
        await client._socket.ConnectAsync(new Uri($"ws://{server.Authority}/cnn/ws"), new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        return client;
    }

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    public async Task SendRawAsync(string text) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, new CancellationTokenSource(Patience).Token);

    public Task CommandAsync(string type) => SendAsync(new JsonObject { ["type"] = type });

    public static JsonObject Settings(double lr = 0.05, int batch = 32, string channels = "4,8", int seed = 1) =>
        new() { ["learningRate"] = lr, ["batch"] = batch, ["channels"] = channels, ["seed"] = seed };

    public Task ConfigureAsync(JsonObject settings) => SendAsync(new JsonObject { ["type"] = "configure", ["settings"] = settings });

    /// <summary>The next message whose "type" is <paramref name="type"/> (others are skipped); fails after <see cref="Patience"/>.</summary>
    public async Task<JsonObject> NextAsync(string type, Func<JsonObject, bool>? where = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var message = await ReceiveAsync(timeout.Token) ?? throw new InvalidOperationException($"The server closed the session while a '{type}' was awaited.");
            if ((string?)message["type"] == type && (where is null || where(message)))
            {
                return message;
            }
        }
    }

    /// <summary>The next message of any type within <paramref name="quiet"/>, or null when none came (the socket is then aborted).</summary>
    public async Task<JsonObject?> NextOrNullAsync(TimeSpan quiet)
    {
        try
        {
            return await ReceiveAsync(new CancellationTokenSource(quiet).Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The next message, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken token)
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
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
