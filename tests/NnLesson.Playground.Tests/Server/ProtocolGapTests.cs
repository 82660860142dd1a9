using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace NnLesson.Playground.Tests.Server;

/// <summary>
/// Probe G12 (December 2026): a key named twice killed the session (close code 1006, no message); a fractional
/// class label was cut to 0 or 1; "units": 8 and "edits": {} were silently replaced by defaults; a null unit (the
/// page's URL "units=1,&lt;b&gt;x&lt;/b&gt;") gave a .NET null-reference text. Each now gets one clear error line and the
/// session stays open.
/// </summary>
public class ProtocolGapTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static JsonObject Settings() =>
        new() { ["dataset"] = "moons", ["points"] = 200, ["seed"] = 7, ["units"] = new JsonArray(6), ["lr"] = 0.5 };

    private static async Task<SessionClient> Configured(Uri url)
    {
        var client = await SessionClient.ConnectAsync(url);
        await client.ConfigureAsync(Settings());
        await client.NextAsync("state");
        return client;
    }

    private static async Task AssertStillServes(SessionClient client)
    {
        await client.SendAsync(new JsonObject { ["type"] = "step" });
        Assert.Equal(1, (int)(await client.NextAsync("frame"))["epoch"]!);
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task A_key_named_twice_gets_an_error_and_the_session_lives_on()
    {
        await using var client = await Configured(fixture.Url);
        await client.SendRawAsync("""{"type":"configure","type":"play"}""");
        Assert.Contains("names a key twice", (string)(await client.NextAsync("error"))["message"]!["en"]!);
        await AssertStillServes(client);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.9)]
    [InlineData(1.9)]
    public async Task A_fractional_label_is_refused_not_truncated(double label)
    {
        await using var client = await Configured(fixture.Url);
        await client.SendAsync(new JsonObject { ["type"] = "addPoint", ["x"] = 0.1, ["y"] = 0.1, ["label"] = label });
        Assert.StartsWith("A point's class must be 0 or 1", (string)(await client.NextAsync("error"))["message"]!["en"]!);
        await AssertStillServes(client);
    }

    public static TheoryData<string, JsonNode?, string> WrongTypes => new()
    {
        { "units", 8, "The field 'settings.units' has a value of the wrong type." },
        { "units", new JsonArray(1, null), "The field 'settings.units' has a value of the wrong type." },
        { "units", new JsonArray(8, "abc"), "The field 'settings.units' has a value of the wrong type." },
        { "edits", new JsonObject(), "The field 'settings.edits' has a value of the wrong type." },
        { "seed", "x", "The field 'settings.seed' has a value of the wrong type." },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task A_field_of_the_wrong_type_is_named_not_replaced_by_a_default(string field, JsonNode? value, string message)
    {
        await using var client = await Configured(fixture.Url);
        var settings = Settings();
        settings[field] = value?.DeepClone();
        await client.ConfigureAsync(settings);
        var error = (string)(await client.NextAsync("error"))["message"]!["en"]!;
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("Object reference", error);
        await AssertStillServes(client);
    }
}
