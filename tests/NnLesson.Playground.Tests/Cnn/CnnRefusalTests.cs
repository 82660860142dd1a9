using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using NnLesson.Playground.Cnn;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>What the CNN page's socket refuses — bad messages, values out of range, other sites, too many sessions — and the missing data set.</summary>
public class CnnRefusalTests(CnnServerFixture fixture) : IClassFixture<CnnServerFixture>
{
    public static TheoryData<string, string> BadMessages => new()
    {
        { "not json", "Unreadable" },
        { """{"type":"jump"}""", "Unreadable" },
        { """{"image":3}""", "Unreadable" },                                        // no type
        { """{"type":"select"}""", "Unreadable" },                                  // its field missing
        { """{"type":"select","image":2,"color":"red"}""", "Unreadable" },          // a field it lacks
        { """{"type":"select","image":2,"image":5}""", "Unreadable" },              // a key named twice
        { """{"type":"select","image":99}""", "no image 99" },
        { """{"type":"configure","settings":{"learningRate":100,"batch":32,"channels":"4,8","seed":1}}""", "between 0.001 and 0.2" },
        { """{"type":"configure","settings":{"learningRate":0.05,"batch":100000,"channels":"4,8","seed":1}}""", "one of 16, 32, 64, 128" },
        { """{"type":"configure","settings":{"learningRate":0.05,"batch":32,"channels":"32,64","seed":1}}""", "Unreadable" },
        { """{"type":"configure","settings":{"learningRate":0.05,"batch":32,"channels":7,"seed":1}}""", "4,8, 8,16 or 16,32" },
        { """{"type":"configure","settings":{"learningRate":0.05,"batch":32,"channels":"4,8","seed":-5}}""", "seed" },
        { """{"type":"play"}""", "configure" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task A_bad_message_is_answered_with_one_error_in_both_languages_and_the_session_goes_on(string message, string reason)
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        await client.NextAsync("ready");
        await client.SendRawAsync(message);
        var error = await client.NextAsync("error");
        Assert.Contains(reason, (string)error["message"]!["en"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]!["uk"]));

        await client.ConfigureAsync(CnnClient.Settings());
        Assert.Equal(0, (long)(await client.NextAsync("frame"))["step"]!);
    }

    [Fact]
    public async Task A_message_over_the_size_cap_closes_the_session()
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        await client.NextAsync("ready");
        await client.SendRawAsync("""{"type":"select","image":1,"pad":" """ + new string('x', CnnLimits.MaxMessageBytes) + "\"}");
        Assert.Null(await client.ReceiveAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token));
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
    }

    [Fact]
    public async Task Another_sites_page_and_another_host_name_are_refused()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => CnnClient.ConnectAsync(fixture.Url, origin: "http://evil.example"));
        Assert.Contains("403", refused.Message);
        await using var own = await CnnClient.ConnectAsync(fixture.Url, origin: $"http://{fixture.Url.Authority}");
        Assert.Equal(WebSocketState.Open, own.State);

        foreach (var path in new[] { "/cnn", "/cnn/ws", "/cnn.js" })
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(fixture.Url.Host, fixture.Url.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"));
            var head = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();
            Assert.StartsWith("HTTP/1.1 400", head); // DNS rebinding: a foreign Host never reaches the page or its socket
        }
    }

    [Fact]
    public async Task Sessions_beyond_the_cap_are_refused_and_closing_frees_them()
    {
        var clients = new List<CnnClient>();
        try
        {
            for (var i = 0; i < CnnLimits.MaxSessions; i++)
            {
                clients.Add(await CnnClient.ConnectAsync(fixture.Url));
            }
            await WaitUntil(() => fixture.Server.CnnPage.ActiveSessions == CnnLimits.MaxSessions);
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => CnnClient.ConnectAsync(fixture.Url));
            Assert.Contains("503", refused.Message);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
        await WaitUntil(() => fixture.Server.CnnPage.ActiveSessions == 0);
    }

    [Fact]
    public async Task Without_the_data_set_the_page_gets_one_line_on_how_to_get_it_and_training_is_refused()
    {
        var empty = RepoPaths.NewTempFolder("no-fashion");
        await using var server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { CnnDataFolder = empty });
        await using var client = await CnnClient.ConnectAsync(server.Url);
        var ready = await client.NextAsync("ready");
        Assert.Null(ready["data"]);
        var line = (string)ready["missing"]!["en"]!;
        Assert.DoesNotContain('\n', line);
        Assert.Contains("apt-get install dataset-fashion-mnist", line);
        Assert.Contains("nnlesson data download fashion-mnist", line);
        Assert.Contains("--data", line);
        Assert.Contains(empty, line);
        Assert.Contains("apt-get install dataset-fashion-mnist", (string)ready["missing"]!["uk"]!);

        await client.ConfigureAsync(CnnClient.Settings());
        Assert.Contains("No data", (string)(await client.NextAsync("error"))["message"]!["en"]!);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition(), "timed out waiting for the server");
    }
}
