using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Tests.Server;

/// <summary>What the server refuses: other files, other hosts, other origins, other methods, too many sessions.</summary>
public class SecurityTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task The_page_and_its_files_are_served_with_a_strict_content_security_policy()
    {
        using var page = await Http.GetAsync(fixture.Url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("/app.js", html);
        Assert.DoesNotContain("https://", html); // nothing from outside: no CDN, no web fonts
        foreach (var file in new[] { "app.js", "app.css", "favicon.svg" })
        {
            var text = await Http.GetStringAsync(new Uri(fixture.Url, file));
            Assert.True(text.Length > 100, file);
            Assert.DoesNotContain("https://", text);
        }
    }

    public static TheoryData<string> Escapes => new()
    {
        "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc/passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "/app.js/../../NnLesson.Playground.dll", "/wwwroot/app.js", "/NnLesson.Playground.dll", "/nnlesson.runtimeconfig.json",
        "//etc/passwd", "/app.js%00.html", "/APP.JS", "/index.html/", "/.env",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Only_the_pages_own_files_exist_and_no_path_escapes(string rawPath)
    {
        // Raw HTTP so that no client normalises the path before the server sees it.
        var (status, head) = await RawGetAsync(rawPath, fixture.Url.Authority);
        Assert.True(status is 404 or 400, $"{rawPath}: {status}");
        Assert.DoesNotContain("root:", head);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5005")]
    [InlineData("192.168.1.10:5005")]
    public async Task A_foreign_host_name_is_refused_on_loopback_against_dns_rebinding(string host)
    {
        var (status, _) = await RawGetAsync("/", host);
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task No_cross_origin_access_is_granted_and_only_get_is_allowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, fixture.Url);
        preflight.Headers.Add("Origin", "http://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var answer = await Http.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));

        using var get = new HttpRequestMessage(HttpMethod.Get, fixture.Url);
        get.Headers.Add("Origin", "http://evil.example");
        using var page = await Http.SendAsync(get);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));

        using var post = await Http.PostAsync(new Uri(fixture.Url, "ws"), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task A_page_from_another_site_cannot_open_a_session()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => SessionClient.ConnectAsync(fixture.Url, origin: "http://evil.example"));
        Assert.Contains("403", refused.Message);
        await using var own = await SessionClient.ConnectAsync(fixture.Url, origin: $"http://{fixture.Url.Authority}");
        Assert.Equal(WebSocketState.Open, own.State);
    }

    [Fact]
    public async Task Sessions_beyond_the_cap_are_refused_and_closing_frees_them()
    {
        var clients = new List<SessionClient>();
        try
        {
            while (fixture.Server.ActiveSessions < PlaygroundLimits.MaxSessions)
            {
                // As a classroom: several machines, each within its own cap.
                var from = System.Net.IPAddress.Parse($"127.0.0.{10 + clients.Count / PlaygroundLimits.MaxSessionsPerClient}");
                clients.Add(await SessionClient.ConnectAsync(fixture.Url, from: from));
                await WaitUntil(() => fixture.Server.ActiveSessions >= clients.Count);
            }
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => SessionClient.ConnectAsync(fixture.Url, from: System.Net.IPAddress.Parse("127.0.0.99")));
            Assert.Contains("503", refused.Message);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
        await WaitUntil(() => fixture.Server.ActiveSessions == 0);
        await using var again = await SessionClient.ConnectAsync(fixture.Url);
        Assert.Equal(WebSocketState.Open, again.State);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition(), "timed out waiting for the server");
    }

    private async Task<(int Status, string Head)> RawGetAsync(string rawPath, string host)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Url.Host, fixture.Url.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var head = await reader.ReadToEndAsync();
        var status = int.Parse(head.Split(' ', 3)[1]);
        return (status, head);
    }
}
