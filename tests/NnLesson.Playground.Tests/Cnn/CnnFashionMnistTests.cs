using System.Diagnostics;
using System.Globalization;
using System.Net;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>The CNN page's protocol on the real Fashion-MNIST (where Debian's dataset-fashion-mnist puts it; skipped without it).</summary>
public class CnnFashionMnistTests
{
    /// <summary>bench/cnn_page.sh sets this: the test then appends what it timed (never asserted) to the file.</summary>
    private static readonly string? Timings = Environment.GetEnvironmentVariable("NNLESSON_CNN_TIMINGS");

    [FashionMnistFact]
    public async Task The_accuracy_on_the_first_1000_test_images_rises_far_above_chance_within_100_batches()
    {
        await using var server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { CnnDataFolder = NeedsFashionMnist.Folder });
        await using var client = await CnnClient.ConnectAsync(server.Url);
        var clock = Stopwatch.StartNew();
        var ready = await client.NextAsync("ready");
        var read = clock.Elapsed.TotalSeconds;
        Assert.Equal(60_000, (int)ready["data"]!["trainImages"]!);
        Assert.Equal(10_000, (int)ready["data"]!["testImages"]!);
        Assert.Equal("черевики", (string)ready["data"]!["namesUk"]![9]!);

        await client.ConfigureAsync(CnnClient.Settings(lr: 0.05, batch: 64, channels: "16,32", seed: 42));
        Assert.Equal(938, (int)(await client.NextAsync("state"))["stepsPerEpoch"]!); // ⌈60 000 / 64⌉
        await client.CommandAsync("play");
        var started = clock.Elapsed.TotalSeconds;
        var before = await client.NextAsync("evaluation");
        var after = await client.NextAsync("evaluation", e => (long)e["step"]! == 100);
        var trained = clock.Elapsed.TotalSeconds - started;
        await client.CommandAsync("pause");

        Assert.Equal(1000, (int)after["images"]!);
        Assert.True((double)before["accuracy"]! < 0.35, $"the untrained network is near chance (10 %): {before["accuracy"]}");
        Assert.True((double)after["accuracy"]! > 0.6, $"after 100 batches of 64 (6 400 images, a ninth of an epoch): {after["accuracy"]}");
        Assert.True((double)after["loss"]! < (double)before["loss"]!, $"test loss {before["loss"]} → {after["loss"]}");
        if (Timings is not null)
        {
            File.AppendAllText(Timings, string.Create(CultureInfo.InvariantCulture,
                $"data read (60 000 + 10 000 images), s\t{read:F2}\nplay → 100 batches of 64 measured, s\t{trained:F2}\naccuracy after 100 batches\t{(double)after["accuracy"]!:F3}\n"));
        }
    }
}
