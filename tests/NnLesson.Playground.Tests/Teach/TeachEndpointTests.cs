using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using NnLesson.Playground.Teach;
using SkiaSharp;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// The Teach endpoints without the network: the guards of the playground cover them, class commands, and the photo
/// caps that refuse a file before any pixel is decoded (each refusal names the file, in both languages).
/// </summary>
public class TeachEndpointTests(TeachServerFixture fixture) : IClassFixture<TeachServerFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task The_teach_page_and_its_files_are_served_under_the_same_policy_and_link_to_the_playground()
    {
        using var page = await Http.GetAsync(new Uri(fixture.Url, "teach"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        foreach (var script in new[] { "/teach-text.js", "/teach-cards.js", "/teach-camera.js", "/teach-training.js", "/teach.js" })
        {
            Assert.Contains(script, html);
        }
        Assert.Contains("href=\"/\"", html); // back to the MLP playground
        Assert.Contains("href=\"/teach\"", await Http.GetStringAsync(fixture.Url)); // and the playground links here
        foreach (var file in new[] { "teach.html", "teach.js", "teach-text.js", "teach-cards.js", "teach-camera.js", "teach-training.js", "teach.css" })
        {
            var text = await Http.GetStringAsync(new Uri(fixture.Url, file));
            Assert.True(text.Length > 300, file);
            Assert.DoesNotContain("https://", text);
            Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", ""));
        }
    }

    [Theory]
    [InlineData("/teach")]
    [InlineData("/teach.js")]
    [InlineData("/teach-cards.js")]
    [InlineData("/teach/ws")]
    public async Task A_foreign_host_name_is_refused_on_every_teach_path(string path)
    {
        Assert.Equal(400, await RawStatusAsync(path, "evil.example:80"));
        Assert.Equal(400, await RawStatusAsync(path, "10.0.0.1"));
    }

    [Fact]
    public async Task A_page_from_another_site_cannot_open_a_teach_session_and_posting_is_not_allowed()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => TeachClient.ConnectAsync(fixture.Url, origin: "http://evil.example"));
        Assert.Contains("403", refused.Message);
        await using var own = await TeachClient.ConnectAsync(fixture.Url, origin: $"http://{fixture.Url.Authority}");
        Assert.Equal(WebSocketState.Open, own.State);
        using var post = await Http.PostAsync(new Uri(fixture.Url, "teach/ws"), new ByteArrayContent([1, 2, 3]));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Classes_are_added_renamed_and_removed_and_sessions_do_not_see_each_other()
    {
        await using var a = await TeachClient.ConnectAsync(fixture.Url);
        await using var b = await TeachClient.ConnectAsync(fixture.Url);
        Assert.Equal(["A", "B"], Names(a.FirstState));
        await a.SendAsync(new JsonObject { ["type"] = "addClass", ["name"] = "secret-of-a" });
        var state = await a.NextAsync("state");
        Assert.Equal(["A", "B", "secret-of-a"], Names(state));
        var id = (int)state["classes"]![2]!["id"]!;
        await a.SendAsync(new JsonObject { ["type"] = "renameClass", ["id"] = id, ["name"] = "cup" });
        Assert.Equal(["A", "B", "cup"], Names(await a.NextAsync("state")));
        await a.SendAsync(new JsonObject { ["type"] = "removeClass", ["id"] = (int)state["classes"]![0]!["id"]! });
        Assert.Equal(["B", "cup"], Names(await a.NextAsync("state")));

        await b.SendAsync(new JsonObject { ["type"] = "addClass", ["name"] = "mine" });
        Assert.Equal(["A", "B", "mine"], Names(await b.NextAsync("state")));
        await a.SendAsync(new JsonObject { ["type"] = "removeClass", ["id"] = id });
        var error = await a.ReceiveAsync();
        Assert.Equal("error", (string?)error!["type"]);
        Assert.Contains("At least 2", (string?)error["reason"]!["en"]);
        Assert.Contains("щонайменше 2", (string?)error["reason"]!["uk"]);
    }

    public static TheoryData<string, byte[], string> BadPhotos => new()
    {
        { "empty.jpg", [], "empty" },
        { "notes.txt", Encoding.UTF8.GetBytes("just some text, not a picture at all"), "not a JPEG, PNG or WebP" },
        { "drawing.gif", Encoding.ASCII.GetBytes("GIF89a").Concat(new byte[64]).ToArray(), "not a JPEG, PNG or WebP" },
        { "huge.jpg", HugeJpegHeader(), "the limit is 8 MB" },
        { "poster.png", Png(5000, 5000), "25 megapixels; the limit is 24 megapixels" },
        { "cut.png", Png(64, 64)[..60], "Image 'cut.png'" },
    };

    [Theory]
    [MemberData(nameof(BadPhotos))]
    public async Task A_bad_photo_is_refused_with_its_name_and_the_reason_and_the_class_stays_empty(string name, byte[] bytes, string reason)
    {
        await using var client = await TeachClient.ConnectAsync(fixture.Url);
        var classId = (int)client.FirstState["classes"]![0]!["id"]!;
        var answer = await client.AddPhotoAsync(classId, name, bytes);
        Assert.Equal("rejected", (string?)answer["type"]);
        Assert.Equal(name, (string?)answer["name"]);
        Assert.Contains(name, (string?)answer["reason"]!["en"]);
        Assert.Contains(reason, (string?)answer["reason"]!["en"]);
        Assert.Contains(name, (string?)answer["reason"]!["uk"]);
        await client.SendAsync(new JsonObject { ["type"] = "addClass", ["name"] = "probe" });
        Assert.Empty((await client.NextAsync("state"))["classes"]![0]!["samples"]!.AsArray());
    }

    [Fact]
    public async Task A_message_beyond_the_cap_closes_the_session_and_the_server_stays_up()
    {
        var client = await TeachClient.ConnectAsync(fixture.Url);
        try
        {
            await client.SendPhotoAsync(new JsonObject { ["type"] = "sample", ["class"] = 1, ["name"] = "big.jpg" }, new byte[TeachLimits.MaxMessageBytes + 10]);
        }
        catch (WebSocketException)
        {
            // the server may close while the client is still sending
        }
        try
        {
            Assert.Null(await client.ReceiveAsync());
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
        }
        catch (WebSocketException)
        {
            // closed hard: also a closed session
        }
        await client.DisposeAsync();
        await using var next = await TeachClient.ConnectAsync(fixture.Url);
        Assert.Equal(WebSocketState.Open, next.State);
    }

    [Fact]
    public async Task Predicting_exporting_and_training_before_there_is_anything_to_use_are_refused()
    {
        await using var client = await TeachClient.ConnectAsync(fixture.Url);
        var prediction = await client.PredictAsync(Png(32, 32));
        Assert.Equal("rejected", (string?)prediction["type"]);
        Assert.Contains("Train or import a head first", (string?)prediction["reason"]!["en"]);
        await client.SendAsync(new JsonObject { ["type"] = "exportHead" });
        Assert.Contains("Train or import", (string?)(await client.NextAsync("error"))["reason"]!["en"]);
        await client.SendAsync(new JsonObject { ["type"] = "train" });
        Assert.Contains("has no training photos", (string?)(await client.NextAsync("error"))["reason"]!["en"]);
        await client.SendAsync(new JsonObject { ["type"] = "importHead", ["name"] = "head.json", ["text"] = "{\"format\": \"something else\"}" });
        var error = (await client.NextAsync("error"))["reason"]!;
        Assert.Contains("is not a head file", (string?)error["en"]);
        Assert.Contains("head.json", (string?)error["uk"]);
        await client.SendAsync(new JsonObject { ["type"] = "dance" });
        Assert.Contains("Unknown message 'dance'", (string?)(await client.NextAsync("error"))["reason"]!["en"]);
    }

    [Fact]
    public async Task Teach_sessions_beyond_the_cap_are_refused_and_closing_frees_them()
    {
        var clients = new List<TeachClient>();
        try
        {
            while (fixture.Server.Teach.ActiveSessions < TeachLimits.MaxSessions)
            {
                clients.Add(await TeachClient.ConnectAsync(fixture.Url));
            }
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => TeachClient.ConnectAsync(fixture.Url));
            Assert.Contains("503", refused.Message);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
        for (var i = 0; i < 200 && fixture.Server.Teach.ActiveSessions > 0; i++)
        {
            await Task.Delay(25);
        }
        Assert.Equal(0, fixture.Server.Teach.ActiveSessions);
        await using var again = await TeachClient.ConnectAsync(fixture.Url);
        Assert.Equal(WebSocketState.Open, again.State);
    }

    /// <summary>A JPEG signature followed by zeros, one byte over the cap.</summary>
    private static byte[] HugeJpegHeader()
    {
        var bytes = new byte[TeachLimits.MaxPhotoBytes + 1];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    /// <summary>A flat grey PNG (a 5000×5000 one compresses to a few KB: small on the wire, large when decoded).</summary>
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(128, 128, 128));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string[] Names(JsonObject state) => [.. state["classes"]!.AsArray().Select(c => (string)c!["name"]!)];

    private async Task<int> RawStatusAsync(string path, string host)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Url.Host, fixture.Url.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" +
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
        var buffer = new byte[1024];
        var read = await stream.ReadAsync(buffer);
        return int.Parse(Encoding.ASCII.GetString(buffer, 0, read).Split(' ', 3)[1]);
    }
}
