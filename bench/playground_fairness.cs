// Fairness of `nnlesson playground` under the probe's load (G3, December 2026): H heavy sessions (default 63:
// 2000 points, 4×16 tanh, batch 1, 200 epochs/s) play, then one default session (slide 5's settings) connects
// and plays; how many frames and epochs it gets in 10 and 20 s, how long its WebSocket connect and a GET /app.js
// take, and the server's CPU. Heavy session i connects from 127.0.0.(10 + i / 8), as a classroom of several
// machines would (at most 8 per client address are allowed). Not a test: nothing here is asserted.
//
//   bench/playground_fairness.sh [HEAVY]
//   dotnet run bench/playground_fairness.cs -- URL SERVER_PID [HEAVY]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

var url = new Uri(args[0]);
var pid = int.Parse(args[1], CultureInfo.InvariantCulture);
var heavyCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 63;
using var stopHeavy = new CancellationTokenSource();
var heavyFrames = new int[heavyCount];
var heavyErrors = 0;
string? firstError = null;
var heavy = Enumerable.Range(0, heavyCount).Select(i => Task.Run(async () =>
{
    try
    {
        using var socket = await Connect(IPAddress.Parse($"127.0.0.{10 + i / 8}"));
        await Send(socket, new JsonObject
        {
            ["type"] = "configure",
            ["settings"] = new JsonObject { ["points"] = 2000, ["units"] = new JsonArray(16, 16, 16, 16), ["batch"] = 1, ["speed"] = 200, ["activation"] = "tanh", ["seed"] = i },
        });
        await Send(socket, new JsonObject { ["type"] = "play" });
        await Read(socket, stopHeavy.Token, (_, _) => Interlocked.Increment(ref heavyFrames[i]));
    }
    catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or HttpRequestException)
    {
        Interlocked.Increment(ref heavyErrors);
        firstError ??= e.Message;
    }
})).ToArray();
await Task.Delay(TimeSpan.FromSeconds(heavyCount > 0 ? 4 : 0));

var loadBefore = File.ReadAllText("/proc/loadavg").Trim(); // other programs on this machine skew every number
var (cpuStart, _) = ReadProc(pid);
var started = Stopwatch.StartNew();
using var http = new HttpClient();
var getWatch = Stopwatch.StartNew();
var appJs = await http.GetByteArrayAsync(new Uri(url, "/app.js"));
var getMs = getWatch.Elapsed.TotalMilliseconds;
getWatch.Restart();
await http.GetByteArrayAsync(new Uri(url, "/app.js")); // the second: without this client's own first-use costs
var getAgainMs = getWatch.Elapsed.TotalMilliseconds;
var connectWatch = Stopwatch.StartNew();
using var own = await Connect(IPAddress.Loopback);
var connectMs = connectWatch.Elapsed.TotalMilliseconds;
await Send(own, new JsonObject { ["type"] = "configure", ["settings"] = new JsonObject() });
await Send(own, new JsonObject { ["type"] = "play" });
int frames = 0, epoch = 0, frames10 = -1, epoch10 = -1;
using var twenty = new CancellationTokenSource(TimeSpan.FromSeconds(20));
started.Restart(); // the 10 and 20 s count from play
await Read(own, twenty.Token, (_, e) =>
{
    frames++;
    epoch = e;
    if (frames10 < 0 && started.Elapsed.TotalSeconds >= 10)
    {
        (frames10, epoch10) = (frames - 1, e);
    }
});
var wall = started.Elapsed.TotalSeconds;
var (cpuEnd, rss) = ReadProc(pid);
await stopHeavy.CancelAsync();
await Task.WhenAll(heavy);

Console.WriteLine($"machine load average (/proc/loadavg) at the start: {loadBefore}");
Console.WriteLine($"heavy sessions: {heavyCount} (errors {heavyErrors}{(firstError is null ? "" : $", first: {firstError}")}); their frames during the measurement: median {Median(heavyFrames):F0}, min {(heavyCount > 0 ? heavyFrames.Min() : 0)}");
Console.WriteLine($"GET /app.js: {getMs:F0} ms, again {getAgainMs:F0} ms ({appJs.Length} bytes); WebSocket connect: {connectMs:F0} ms");
Console.WriteLine($"default session (asks 30 epochs/s, 10 frames/s): 10 s → {frames10} frames, epoch {epoch10}; 20 s → {frames} frames, epoch {epoch}");
Console.WriteLine($"server CPU: {(cpuEnd - cpuStart) / wall * 100:F0} % of one core ({Environment.ProcessorCount} cores); RSS {rss:F0} MB");

async Task<ClientWebSocket> Connect(IPAddress from)
{
    var handler = new SocketsHttpHandler
    {
        ConnectCallback = async (context, token) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(context.DnsEndPoint, token);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };
    var client = new ClientWebSocket();
    await client.ConnectAsync(new Uri($"ws://{url.Authority}/ws"), new HttpMessageInvoker(handler), CancellationToken.None);
    return client;
}

static async Task Send(ClientWebSocket socket, JsonObject message) =>
    await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

// Reads until cancelled or closed; calls onFrame(frames so far, epoch) for every "frame" message.
static async Task Read(ClientWebSocket socket, CancellationToken token, Action<int, int> onFrame)
{
    var buffer = new byte[1 << 16];
    using var message = new MemoryStream();
    var frames = 0;
    try
    {
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }
            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if ((string?)node["type"] == "frame")
            {
                onFrame(++frames, (int)node["epoch"]!);
            }
        }
    }
    catch (OperationCanceledException)
    {
    }
}

static (double CpuSeconds, double RssMb) ReadProc(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return (cpu, double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0);
}

static double Median(int[] values) => values.Length == 0 ? 0 : values.Order().ElementAt(values.Length / 2);
