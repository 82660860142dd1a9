using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace NnLesson.Playground.Teach;

/// <summary>
/// One message from the page: a JSON command, or a photo (binary message) — its JSON header and its bytes.
/// Binary layout: <c>uint32 little-endian n</c>, <c>n</c> bytes of UTF-8 JSON header, then the photo's bytes.
/// </summary>
public sealed record TeachIncoming(JsonObject Header, byte[]? Body);

/// <summary>Reads whole WebSocket messages into a small bounded inbox; a message above <see cref="TeachLimits.MaxMessageBytes"/> closes the session.</summary>
public static class TeachInbox
{
    /// <summary>Messages waiting for the session loop: the memory one session can hold is this many photos plus the one being read.</summary>
    public const int Capacity = 2;

    public static async Task ReceiveAsync(WebSocket socket, ChannelWriter<TeachIncoming> inbox, CancellationToken token)
    {
        var buffer = new byte[16384];
        using var message = new MemoryStream();
        try
        {
            while (!token.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, result.Count);
                if (message.Length > TeachLimits.MaxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too large", CancellationToken.None);
                    break;
                }
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var bytes = message.ToArray();
                message.SetLength(0);
                await inbox.WriteAsync(Parse(bytes, result.MessageType == WebSocketMessageType.Binary), token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed or stopping.
        }
        finally
        {
            inbox.TryComplete();
        }
    }

    /// <summary>A text message is the header alone; a binary one is split into header and body. Malformed → type "invalid".</summary>
    public static TeachIncoming Parse(byte[] bytes, bool binary)
    {
        try
        {
            if (!binary)
            {
                return new TeachIncoming(JsonNode.Parse(bytes) as JsonObject ?? Invalid, null);
            }
            if (bytes.Length < 4)
            {
                return new TeachIncoming(Invalid, null);
            }
            var n = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (n > 4096 || 4 + n > bytes.Length)
            {
                return new TeachIncoming(Invalid, null);
            }
            var header = JsonNode.Parse(Encoding.UTF8.GetString(bytes, 4, (int)n)) as JsonObject ?? Invalid;
            return new TeachIncoming(header, bytes[(4 + (int)n)..]);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return new TeachIncoming(Invalid, null);
        }
    }

    private static JsonObject Invalid => new() { ["type"] = "invalid" };

    public static Channel<TeachIncoming> Create() =>
        Channel.CreateBounded<TeachIncoming>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
}
