using System.Net;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Tests.Server;

/// <summary>One playground server on 127.0.0.1 and a free port, shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public PlaygroundServer Server { get; private set; } = null!;

    public Uri Url => Server.Url;

    public async Task InitializeAsync() => Server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions(IPAddress.Loopback, 0));

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
