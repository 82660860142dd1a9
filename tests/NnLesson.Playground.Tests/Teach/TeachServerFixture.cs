using System.Net;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>A playground server on loopback whose Teach page caches features in a fresh temporary folder (never the user's cache).</summary>
public sealed class TeachServerFixture : IAsyncLifetime
{
    public PlaygroundServer Server { get; private set; } = null!;

    public string CacheFolder { get; } = RepoPaths.NewTempFolder("teach-cache");

    public Uri Url => Server.Url;

    public async Task InitializeAsync() =>
        Server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0) { TeachCacheFolder = CacheFolder });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
