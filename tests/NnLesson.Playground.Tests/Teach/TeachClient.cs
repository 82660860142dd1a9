using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using NnLesson.Playground.Teach;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>The Teach page's side of its WebSocket, for tests: commands, photos (binary), and the next message of a type.</summary>
public sealed class TeachClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private int _seq;

    public WebSocketState State => _socket.State;

    /// <summary>The first "state" the server sends on connecting.</summary>
    public JsonObject FirstState { get; private set; } = null!;

    public static async Task<TeachClient> ConnectAsync(Uri server, string? origin = null)
    {
        var client = new TeachClient();
        if (origin is not null)
        {
            client._socket.Options.SetRequestHeader("Origin", origin);
        }
        await client._socket.ConnectAsync(new Uri($"ws://{server.Authority}{TeachEndpoint.Path}"), Timeout());
        client.FirstState = await client.NextAsync("state");
        return client;
    }

    public async Task SendAsync(JsonObject message) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, Timeout());

    /// <summary>Sends a binary message (header + bytes) and returns its seq.</summary>
    public async Task<int> SendPhotoAsync(JsonObject header, byte[] bytes)
    {
        var seq = ++_seq;
        header["seq"] = seq;
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var message = new byte[4 + json.Length + bytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)json.Length);
        json.CopyTo(message, 4);
        bytes.CopyTo(message, 4 + json.Length);
        await _socket.SendAsync(message, WebSocketMessageType.Binary, true, Timeout());
        return seq;
    }

    /// <summary>Uploads one photo to a class and returns the server's answer ("added" or "rejected").</summary>
    public async Task<JsonObject> AddPhotoAsync(int classId, string name, byte[] bytes, string subset = "auto")
    {
        var seq = await SendPhotoAsync(new JsonObject { ["type"] = "sample", ["class"] = classId, ["name"] = name, ["subset"] = subset }, bytes);
        while (true)
        {
            var message = await ReceiveAsync() ?? throw new InvalidOperationException("The server closed the session during an upload.");
            if ((string?)message["type"] is "added" or "rejected" && (int)message["seq"]! == seq)
            {
                return message;
            }
        }
    }

    public async Task<JsonObject> PredictAsync(byte[] bytes)
    {
        var seq = await SendPhotoAsync(new JsonObject { ["type"] = "predict" }, bytes);
        while (true)
        {
            var message = await ReceiveAsync() ?? throw new InvalidOperationException("The server closed the session during a prediction.");
            if ((string?)message["type"] is "prediction" or "rejected" && (int)message["seq"]! == seq)
            {
                return message;
            }
        }
    }

    /// <summary>Sends "train" and collects the progress messages until the last; returns (started, every progress message).</summary>
    public async Task<(JsonObject Started, List<JsonObject> Progress)> TrainAsync(JsonObject? settings = null)
    {
        await SendAsync(new JsonObject { ["type"] = "train", ["settings"] = settings });
        var started = await NextAsync("trainingStarted");
        var progress = new List<JsonObject>();
        while (true)
        {
            var message = await NextAsync("progress");
            progress.Add(message);
            if ((bool)message["finished"]! || (bool)message["diverged"]!)
            {
                return (started, progress);
            }
        }
    }

    /// <summary>The next message whose "type" is <paramref name="type"/> (others are skipped); an "error" fails unless awaited.</summary>
    public async Task<JsonObject> NextAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync() ?? throw new InvalidOperationException($"The server closed the session while a '{type}' was awaited.");
            var got = (string?)message["type"];
            if (got == type)
            {
                return message;
            }
            if (got == "error")
            {
                throw new InvalidOperationException($"The server answered an error while a '{type}' was awaited: {message["reason"]!["en"]}");
            }
        }
    }

    /// <summary>The next message, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        var token = Timeout();
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

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

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

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
