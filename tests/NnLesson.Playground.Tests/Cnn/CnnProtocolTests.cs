using System.Text.Json.Nodes;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>The CNN page's protocol without a browser, on the tiny bars set: ready, state with the shapes, frames, evaluations, live settings.</summary>
public class CnnProtocolTests(CnnServerFixture fixture) : IClassFixture<CnnServerFixture>
{
    private static float[] Floats(JsonNode? array) => [.. array!.AsArray().Select(v => (float)v!)];

    [Fact]
    public async Task Ready_describes_the_data_and_configure_answers_with_the_shapes_layer_by_layer_and_a_frame()
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        var ready = await client.NextAsync("ready");
        var data = ready["data"]!;
        Assert.Equal(CnnServerFixture.TrainImages, (int)data["trainImages"]!);
        Assert.Equal(CnnServerFixture.TestImages, (int)data["testImages"]!);
        Assert.Equal(["0", "1", "2"], data["namesEn"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(24 * 28 * 28, Convert.FromBase64String((string)data["gridPixels"]!).Length);
        Assert.Null(ready["missing"]);

        await client.ConfigureAsync(CnnClient.Settings(channels: "4,8"));
        var state = await client.NextAsync("state");
        var shapes = state["layers"]!.AsArray().Select(l => string.Join(",", l!["output"]!.AsArray().Select(v => (int)v!))).ToArray();
        Assert.Equal(["4,28,28", "4,28,28", "4,14,14", "8,10,10", "8,10,10", "8,5,5", "200,1,1", "120,1,1", "120,1,1", "3,1,1"], shapes);
        // conv1 4·1·5·5 + 4, conv2 8·4·5·5 + 8, dense 120·200 + 120, dense 3·120 + 3
        Assert.Equal(104 + 808 + 24120 + 363, (int)state["parameters"]!);
        Assert.Equal(20, (int)state["stepsPerEpoch"]!); // 640 images / batch 32

        var frame = await client.NextAsync("frame");
        Assert.Equal(0, (long)frame["step"]!);
        Assert.Equal(4 * 25, frame["filters"]!.AsArray().Count);
        var maps = frame["maps"]!.AsArray();
        Assert.Equal(["conv1 + ReLU", "max-pool 1", "conv2 + ReLU", "max-pool 2", "dense1 + ReLU"], maps.Select(m => (string)m!["name"]!));
        Assert.Equal(4 * 28 * 28, Convert.FromBase64String((string)maps[0]!["values"]!).Length);
        Assert.Equal(1.0, frame["probabilities"]!.AsArray().Sum(p => (double)p!), 6);
        Assert.Equal(24, frame["gridPredicted"]!.AsArray().Count);
    }

    [Fact]
    public async Task Play_measures_the_untrained_network_then_learns_the_bars_far_above_chance_by_the_end_of_an_epoch()
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(CnnClient.Settings());
        var first = await client.NextAsync("frame");
        await client.CommandAsync("play");

        var before = await client.NextAsync("evaluation");
        Assert.Equal("Quick", (string)before["kind"]!);
        Assert.Equal(0, (long)before["step"]!);
        Assert.Equal(CnnServerFixture.TestImages, (int)before["images"]!); // min(1000, the test images)
        var epoch = await client.NextAsync("evaluation", e => (string)e["kind"]! == "Full");
        Assert.Equal(20, (long)epoch["step"]!);
        Assert.True((double)epoch["accuracy"]! > 0.8, $"accuracy after one epoch {epoch["accuracy"]} (chance 1/3; before {before["accuracy"]})");

        var later = await client.NextAsync("frame", f => (long)f["step"]! > 20);
        Assert.True((bool)later["playing"]!);
        // Every batch's loss reaches the page exactly once: this frame carries those from where the last frame sent
        // stopped (0 when, on a fast machine, no frame was sent since play) up to its own step.
        Assert.Equal((long)later["step"]!, (int)later["lossFrom"]! + later["losses"]!.AsArray().Count);
        Assert.NotEqual(Floats(first["filters"]), Floats(later["filters"]));
        await client.CommandAsync("pause");
        var paused = await client.NextAsync("frame", f => !(bool)f["playing"]!);
        Assert.Null(await client.NextOrNullAsync(TimeSpan.FromMilliseconds(500))); // paused: nothing more is sent
        Assert.True((long)paused["step"]! >= (long)later["step"]!);
        Assert.Equal((long)paused["step"]!, (int)paused["lossFrom"]! + paused["losses"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_learning_rate_changes_the_running_network_but_other_filters_start_a_new_one_and_reset_repeats_the_start()
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(CnnClient.Settings(seed: 3));
        var initial = Floats((await client.NextAsync("frame"))["filters"]);
        await client.CommandAsync("step");
        Assert.Equal(1, (long)(await client.NextAsync("frame"))["step"]!); // the untrained network measured first, then one batch
        await client.CommandAsync("step");
        Assert.Equal(2, (long)(await client.NextAsync("frame"))["step"]!);

        await client.ConfigureAsync(CnnClient.Settings(lr: 0.01, seed: 3));
        var live = await client.NextAsync("state");
        Assert.Equal(0.01, (double)live["settings"]!["learningRate"]!);
        Assert.False((bool)live["fresh"]!);
        Assert.True((long)(await client.NextAsync("frame"))["step"]! >= 2, "η is live: the run goes on");

        await client.ConfigureAsync(CnnClient.Settings(lr: 0.01, channels: "8,16", seed: 3));
        Assert.True((bool)(await client.NextAsync("state"))["fresh"]!);
        var renewed = await client.NextAsync("frame");
        Assert.Equal(0, (long)renewed["step"]!);
        Assert.Equal(8 * 25, renewed["filters"]!.AsArray().Count);

        await client.ConfigureAsync(CnnClient.Settings(seed: 3));
        await client.CommandAsync("step");
        await client.NextAsync("frame", f => (long)f["step"]! >= 1);
        await client.CommandAsync("reset");
        var again = await client.NextAsync("frame", f => (long)f["step"]! == 0);
        Assert.Equal(initial, Floats(again["filters"])); // the same seed: the same He-initialised filters
    }

    [Fact]
    public async Task Selecting_a_grid_image_shows_its_own_feature_maps()
    {
        await using var client = await CnnClient.ConnectAsync(fixture.Url);
        await client.ConfigureAsync(CnnClient.Settings());
        var zero = await client.NextAsync("frame");
        await client.SendAsync(new JsonObject { ["type"] = "select", ["image"] = 1 });
        var one = await client.NextAsync("frame", f => (int)f["selected"]! == 1);
        // Test images 0 and 1 are bars of different directions (TinyIdx: label = n mod 3): their first maps differ.
        Assert.NotEqual((string)zero["maps"]![0]!["values"]!, (string)one["maps"]![0]!["values"]!);
    }
}
