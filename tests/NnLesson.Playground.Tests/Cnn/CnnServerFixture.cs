using System.Net;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>
/// A playground server on loopback whose CNN page trains on a tiny IDX set the test writes (<see cref="TinyIdx"/>: 28×28 bars,
/// 3 classes by direction, 640 training and 120 test images), so the protocol is tested everywhere, without Fashion-MNIST.
/// </summary>
public sealed class CnnServerFixture : IAsyncLifetime
{
    public const int TrainImages = 640, TestImages = 120, Classes = 3;

    public PlaygroundServer Server { get; private set; } = null!;

    public string DataFolder { get; } = TinyIdx.Folder(TrainImages, TestImages, Classes, seed: 5);

    public Uri Url => Server.Url;

    public async Task InitializeAsync() =>
        Server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { CnnDataFolder = DataFolder });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
