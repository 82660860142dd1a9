using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using NnLesson.Playground.Model;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Server;

/// <summary>
/// Probe G2 (December 2026): one client that opened 64 WebSockets and never read held every session forever, and
/// every other student got 503. A client now gets at most <see cref="PlaygroundLimits.MaxSessionsPerClient"/>
/// sessions, and a session whose page stops reading is dropped (send timeout, ping timeout).
/// </summary>
public class ClassroomFairnessTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task One_client_cannot_take_every_session_and_another_still_gets_in()
    {
        var greedy = IPAddress.Parse("127.0.0.5");
        var held = new List<SessionClient>();
        try
        {
            for (var i = 0; i < PlaygroundLimits.MaxSessionsPerClient; i++)
            {
                held.Add(await SessionClient.ConnectAsync(fixture.Url, from: greedy));
            }
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => SessionClient.ConnectAsync(fixture.Url, from: greedy));
            Assert.Contains("503", refused.Message);
            await using var student = await SessionClient.ConnectAsync(fixture.Url, from: IPAddress.Parse("127.0.0.6"));
            Assert.Equal(WebSocketState.Open, student.State);
        }
        finally
        {
            foreach (var client in held)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_page_that_never_reads_loses_its_session()
    {
        var before = fixture.Server.ActiveSessions;
        using var socket = await NonReadingClient(fixture.Url);
        for (var i = 0; i < 100 && fixture.Server.ActiveSessions == before; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(before + 1, fixture.Server.ActiveSessions);

        // Within the send timeout (or the ping timeout) and a margin, its place is free again.
        var deadline = DateTime.UtcNow + PlaygroundLimits.SendTimeout + PlaygroundLimits.KeepAliveInterval + TimeSpan.FromSeconds(15);
        while (fixture.Server.ActiveSessions > before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        Assert.True(fixture.Server.ActiveSessions == before, "a client that never reads still holds its session");
    }

    /// <summary>
    /// A raw WebSocket client with a tiny receive buffer: handshake, configure a big run and play, then never read
    /// (its kernel buffers fill and the server's sends wait).
    /// </summary>
    private static async Task<Socket> NonReadingClient(Uri url)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(IPAddress.Loopback, url.Port);
        var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            $"GET /ws HTTP/1.1\r\nHost: {url.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"));
        var response = new byte[1024];
        var read = await socket.ReceiveAsync(response); // the 101 response only; nothing is read after it
        Assert.StartsWith("HTTP/1.1 101", Encoding.ASCII.GetString(response, 0, read));
        await socket.SendAsync(MaskedText("""{"type":"configure","settings":{"points":2000,"units":[16,16],"batch":2300,"speed":200}}"""));
        await socket.SendAsync(MaskedText("""{"type":"play"}"""));
        return socket;
    }

    /// <summary>One client-to-server text frame (RFC 6455 §5.2: FIN + opcode 1, the mask bit, length, mask key, masked payload).</summary>
    private static byte[] MaskedText(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var mask = new byte[] { 1, 2, 3, 4 };
        var header = payload.Length < 126 ? new byte[] { 0x81, (byte)(0x80 | payload.Length) } : [0x81, 0x80 | 126, (byte)(payload.Length >> 8), (byte)payload.Length];
        return [.. header, .. mask, .. payload.Select((b, i) => (byte)(b ^ mask[i % 4]))];
    }
}
