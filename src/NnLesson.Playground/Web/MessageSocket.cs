using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using NnLesson.Playground.Model;
using NnLesson.Playground.Protocol;

namespace NnLesson.Playground.Web;

/// <summary>
/// The WebSocket under a session: whole text messages in (into a bounded inbox; a message above
/// <see cref="PlaygroundLimits.MaxMessageBytes"/> closes the socket), typed messages out, and the close handshake.
/// A page that stops reading is dropped once a send waits longer than <see cref="PlaygroundLimits.SendTimeout"/>.
/// </summary>
internal sealed class MessageSocket(WebSocket socket)
{
    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Reads whole messages into <paramref name="inbox"/> until the page closes or <paramref name="token"/> stops it.</summary>
    public async Task ReceiveAsync(ChannelWriter<string> inbox, CancellationToken token)
    {
        var buffer = new byte[8192];
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
                if (message.Length > PlaygroundLimits.MaxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too large", CancellationToken.None);
                    break;
                }
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                await inbox.WriteAsync(text, token);
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

    public async Task SendAsync(ServerMessage message, CancellationToken token)
    {
        if (!IsOpen)
        {
            return;
        }
        // A page that does not read fills the socket's buffers and the send waits; past the limit the socket is
        // aborted (cancelling a WebSocket send aborts it) and the session ends, freeing its place (probe G2).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(PlaygroundLimits.SendTimeout);
        await socket.SendAsync(MessageJson.Write(message), WebSocketMessageType.Text, endOfMessage: true, limit.Token);
    }

    /// <summary>Sends the close frame (output only: the receive loop, still running, reads the page's answer).</summary>
    public async Task CloseAsync(bool serverStopping)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, serverStopping ? "server stopping" : "bye", timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
