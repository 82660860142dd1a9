using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Server;

/// <summary>
/// Probe G13 (December 2026): stopping the server (Ctrl+C) with pages connected dropped them without the WebSocket
/// close frame (close code 1006), although the session meant to send "server stopping". Every page now gets it.
/// </summary>
public class StopClosesPagesTests
{
    [Fact]
    public async Task Stopping_the_server_sends_every_page_a_normal_close()
    {
        var server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0));
        var playing = await SessionClient.ConnectAsync(server.Url);
        var idle = await SessionClient.ConnectAsync(server.Url);
        await playing.ConfigureAsync(new JsonObject { ["points"] = 200 });
        await playing.NextAsync("state");
        await playing.SendAsync(new JsonObject { ["type"] = "play" });
        await playing.NextAsync("frame");

        var stopped = server.StopAsync();
        foreach (var client in new[] { playing, idle })
        {
            while (await client.ReceiveAsync() is not null)
            {
                // frames sent before the close
            }
            Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
            await client.DisposeAsync();
        }
        await stopped;
        await server.DisposeAsync();
    }
}
