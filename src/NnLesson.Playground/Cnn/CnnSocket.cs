using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using NnLesson.Figures;

namespace NnLesson.Playground.Cnn;

/// <summary>A message from the page: a command, or why it could not be read (both languages).</summary>
internal sealed record CnnIncoming(CnnCommand? Command, Localized? Problem);

/// <summary>
/// The CNN page's WebSocket as typed messages: whole text messages are read into a small inbox as <see cref="CnnCommand"/>s
/// (<see cref="CnnJson"/>); a message over <see cref="CnnLimits.MaxMessageBytes"/> closes the session (1009). Sends are
/// <see cref="CnnMessage"/>s; a page that stops reading is dropped after <see cref="Model.PlaygroundLimits.SendTimeout"/>.
/// </summary>
internal sealed class CnnSocket(WebSocket socket)
{
    public bool IsOpen => socket.State == WebSocketState.Open;

    public static Channel<CnnIncoming> CreateInbox() =>
        Channel.CreateBounded<CnnIncoming>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public async Task ReceiveAsync(ChannelWriter<CnnIncoming> inbox, CancellationToken token)
    {
        var buffer = new byte[CnnLimits.MaxMessageBytes];
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
                if (message.Length > CnnLimits.MaxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too large", CancellationToken.None);
                    break;
                }
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var incoming = result.MessageType == WebSocketMessageType.Text
                    ? Parse(message.GetBuffer().AsSpan(0, (int)message.Length))
                    : new CnnIncoming(null, new Localized("Сторінка надсилає лише текстові повідомлення JSON.", "The page sends text (JSON) messages only."));
                message.SetLength(0);
                await inbox.WriteAsync(incoming, token);
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

    /// <summary>A command, or the reason it is none: not JSON, no or an unknown "type", a missing, extra or repeated field.</summary>
    public static CnnIncoming Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, CnnJson.Default.CnnCommand) is { } command
                ? new CnnIncoming(command, null)
                : new CnnIncoming(null, new Localized("Порожнє повідомлення.", "An empty message."));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return new CnnIncoming(null, new Localized($"Незрозуміле повідомлення: {e.Message}", $"Unreadable message: {e.Message}"));
        }
    }

    public async Task SendAsync(CnnMessage message, CancellationToken token)
    {
        if (!IsOpen)
        {
            return;
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, CnnJson.Default.CnnMessage);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(Model.PlaygroundLimits.SendTimeout); // cancelling a WebSocket send aborts it: the session ends
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, limit.Token);
    }

    /// <summary>Our close frame (output only: the receive loop reads the page's answer).</summary>
    public async Task CloseAsync(bool stopping)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, stopping ? "server stopping" : "bye", timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
