using System.Net.WebSockets;
using System.Text.Json.Nodes;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Tests.Server;

/// <summary>The WebSocket protocol without a browser: settings are validated on the server, steps train, play runs.</summary>
public class SessionProtocolTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static JsonObject Settings(Action<JsonObject>? change = null)
    {
        var settings = new JsonObject { ["dataset"] = "moons", ["points"] = 200, ["seed"] = 7, ["units"] = new JsonArray(6), ["lr"] = 0.5 };
        change?.Invoke(settings);
        return settings;
    }

    [Fact]
    public async Task Configure_answers_with_the_points_and_an_untrained_frame_then_a_step_trains_one_epoch()
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings());

        var state = await client.NextAsync("state");
        Assert.Equal(160, state["train"]!.AsArray().Count);
        Assert.Equal(40, state["val"]!.AsArray().Count);
        var first = await client.NextAsync("frame");
        Assert.Equal(0, (int)first["epoch"]!);
        Assert.Equal(Frames.FrameBuilder.FieldSize * Frames.FrameBuilder.FieldSize, Convert.FromBase64String((string)first["field"]!).Length);
        Assert.Single(first["units"]!.AsArray());
        Assert.Equal(6, first["units"]![0]!.AsArray().Count);

        await client.SendAsync(new JsonObject { ["type"] = "step" });
        var second = await client.NextAsync("frame");
        Assert.Equal(1, (int)second["epoch"]!);
        Assert.Equal(1, (int)second["historyFrom"]!);
        Assert.NotEqual((double)first["trainLoss"]!, (double)second["trainLoss"]!);
    }

    [Fact]
    public async Task Play_trains_on_its_own_and_the_loss_falls_and_pause_stops_it()
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings(s => s["speed"] = 200));
        var start = await client.NextAsync("frame");
        await client.SendAsync(new JsonObject { ["type"] = "play" });
        JsonObject frame;
        do
        {
            frame = await client.NextAsync("frame");
        }
        while ((int)frame["epoch"]! < 150);
        await client.SendAsync(new JsonObject { ["type"] = "pause" });

        Assert.True((double)frame["trainLoss"]! < 0.6 * (double)start["trainLoss"]!, $"loss {start["trainLoss"]} → {frame["trainLoss"]}");
        var paused = await client.NextAsync("frame");
        while ((bool)paused["playing"]!)
        {
            paused = await client.NextAsync("frame");
        }
        await client.SendAsync(new JsonObject { ["type"] = "step" });
        var after = await client.NextAsync("frame");
        Assert.Equal((int)paused["epoch"]! + 1, (int)after["epoch"]!);
    }

    [Fact]
    public async Task Changing_the_learning_rate_keeps_training_and_changing_the_layers_starts_again()
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings());
        await client.NextAsync("frame");
        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(new JsonObject { ["type"] = "step" });
            await client.NextAsync("frame");
        }

        await client.ConfigureAsync(Settings(s => s["lr"] = 0.1));
        var live = await client.NextAsync("frame");
        Assert.Equal(3, (int)live["epoch"]!);
        await client.SendAsync(new JsonObject { ["type"] = "step" });
        Assert.Contains("lr-changed", (await client.NextAsync("frame"))["commandDifferences"]!.AsArray().Select(d => (string)d!));

        await client.ConfigureAsync(Settings(s => s["units"] = new JsonArray(6, 4)));
        var state = await client.NextAsync("state");
        var restarted = await client.NextAsync("frame");
        Assert.Equal(0, (int)restarted["epoch"]!);
        Assert.Equal(2, restarted["units"]!.AsArray().Count);
        Assert.Equal(6 * 2 + 6 + 6 * 4 + 4 + 4 + 1, (int)state["parameters"]!);
    }

    public static TheoryData<string, JsonNode?, string> BadSettings => new()
    {
        { "units", new JsonArray(4, 4, 4, 4, 4), "Hidden layers must be between 1 and 4 (got 5)." },
        { "units", new JsonArray(17), "Units per layer must be between 1 and 16 (got 17)." },
        { "units", new JsonArray(0), "Hidden units must be between 1 and 4096 (got 0)." },
        { "points", 5, "Samples must be between 10 and 1000000 (got 5)." },
        { "points", 5000, "Points must be between 10 and 2000 (got 5000)." },
        { "lr", -1, "The learning rate must be a positive finite number (got -1)." },
        { "lr", 50, "The learning rate must be at most 10 (got 50)." },
        { "noise", -0.1, "Noise must be zero or a positive finite number (got -0.1)." },
        { "speed", 10_000, "Steps per second must be between 1 and 200 (got 10000)." },
        { "batch", 0, "Batch size must be between 1 and 2300 (got 0)." },
        { "l2", 2, "L2 must be between 0 and 1 (got 2)." },
        { "split", 0.9, "The validation share must be between 0.1 and 0.5 (got 0.9)." },
        { "activation", "gelu", "The field 'settings.activation' must be one of relu, tanh, sigmoid." },
        { "dataset", "../../etc/passwd", "The field 'settings.dataset' must be one of moons, circles, xor, spiral." },
        { "points", "many", "The field 'settings.points' has a value of the wrong type." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bad_settings_get_one_clear_line_and_change_nothing(string field, JsonNode? value, string message)
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings());
        var good = await client.NextAsync("state");

        await client.ConfigureAsync(Settings(s => s[field] = value?.DeepClone()));
        var error = await client.NextAsync("error");
        Assert.StartsWith(message, (string)error["message"]!["en"]!);
        Assert.DoesNotContain('\n', (string)error["message"]!["en"]!);
        // The page shows the Ukrainian one in a uk room: every refusal has it, one line, not a copy of the English.
        var ukrainian = (string)error["message"]!["uk"]!;
        Assert.DoesNotContain('\n', ukrainian);
        Assert.NotEqual((string)error["message"]!["en"]!, ukrainian);
        Assert.Matches("[а-яіїєґ]", ukrainian);

        await client.SendAsync(new JsonObject { ["type"] = "step" }); // the previous run is still there and trains
        var frame = await client.NextAsync("frame");
        Assert.Equal(1, (int)frame["epoch"]!);
        Assert.Equal(160, good["train"]!.AsArray().Count);
    }

    [Fact]
    public async Task Clicked_points_join_the_training_points_and_the_settings_and_outside_clicks_are_refused()
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings());
        var state = await client.NextAsync("state");
        var bounds = state["bounds"]!;
        var (x, y) = ((double)bounds["xMin"]! + 0.5 * (double)bounds["size"]!, (double)bounds["yMin"]! + 0.5 * (double)bounds["size"]!);

        await client.SendAsync(new JsonObject { ["type"] = "addPoint", ["x"] = x, ["y"] = y, ["label"] = 1 });
        var added = await client.NextAsync("state");
        Assert.Equal(161, added["train"]!.AsArray().Count);
        Assert.Single(added["settings"]!["edits"]!.AsArray());

        await client.SendAsync(new JsonObject { ["type"] = "removePoint", ["x"] = x, ["y"] = y });
        var removed = await client.NextAsync("state");
        Assert.Equal(160, removed["train"]!.AsArray().Count);

        await client.SendAsync(new JsonObject { ["type"] = "addPoint", ["x"] = 1e6, ["y"] = 0, ["label"] = 0 });
        Assert.Contains("outside the plane", (string)(await client.NextAsync("error"))["message"]!["en"]!);
        await client.SendAsync(new JsonObject { ["type"] = "addPoint", ["x"] = x, ["y"] = y, ["label"] = 3 });
        Assert.Equal("A point's class must be 0 or 1 (got 3).", (string)(await client.NextAsync("error"))["message"]!["en"]!);
    }

    [Fact]
    public async Task Nonsense_messages_are_answered_and_an_oversized_one_closes_the_session()
    {
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.SendRawAsync("{not json");
        var notJson = (await client.NextAsync("error"))["message"]!;
        Assert.Equal("The message is not valid JSON.", (string)notJson["en"]!);
        Assert.Equal("Повідомлення — не коректний JSON.", (string)notJson["uk"]!);
        await client.SendAsync(new JsonObject { ["type"] = "step" });
        Assert.Equal("Send the settings (configure) first.", (string)(await client.NextAsync("error"))["message"]!["en"]!);
        await client.SendAsync(new JsonObject { ["type"] = "format-disk" });
        Assert.Equal("Unknown message type 'format-disk'.", (string)(await client.NextAsync("error"))["message"]!["en"]!);

        await client.SendRawAsync(new string(' ', PlaygroundLimits.MaxMessageBytes + 10));
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Steps_are_capped_per_second_however_fast_they_are_asked_for()
    {
        var started = DateTime.UtcNow; // the session's bucket starts full when it connects
        await using var client = await SessionClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(Settings(s => s["points"] = 20));
        await client.NextAsync("frame");
        const int asked = 3 * PlaygroundLimits.MaxStepsPerSecond;
        for (var i = 0; i < asked; i++)
        {
            await client.SendAsync(new JsonObject { ["type"] = "step" });
        }
        // Frames until the server has been quiet for a second: the last one counts every epoch it granted.
        JsonObject? last = null;
        var lastAt = started;
        while (await client.NextOrNullAsync("frame", TimeSpan.FromSeconds(1)) is { } frame)
        {
            (last, lastAt) = (frame, DateTime.UtcNow);
        }
        var seconds = (lastAt - started).TotalSeconds;
        var allowed = PlaygroundLimits.MaxStepsPerSecond * (1 + seconds) + 1;
        Assert.NotNull(last);
        Assert.True((int)last["epoch"]! <= allowed, $"{last["epoch"]} epochs in {seconds:F2} s (allowed {allowed:F0})");
        Assert.True((int)last["epoch"]! < asked, $"all {asked} steps ran: no cap");
    }
}
