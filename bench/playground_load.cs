// Load test of `nnlesson playground`: N simultaneous sessions (default 30) train for D seconds (default 20) on
// loopback, as N students pressing "Train" at once. Reports errors, frames and epochs per session, and the
// server process's memory (VmRSS, VmHWM) and CPU from /proc (Linux). Not a test: nothing here is asserted.
//
//   bench/playground_load.sh                 (builds, starts the server, runs this, stops the server with Ctrl+C)
//   dotnet run bench/playground_load.cs -- URL SERVER_PID [SESSIONS] [SECONDS]
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

var url = new Uri(args[0]);
var pid = int.Parse(args[1], CultureInfo.InvariantCulture);
var sessions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var datasets = new[] { "moons", "circles", "xor", "spiral" };
var activations = new[] { "relu", "tanh", "sigmoid" };

var ticks = Environment.TickCount64;
var (cpuStart, _) = ReadProc(pid);
var stop = DateTime.UtcNow.AddSeconds(seconds);
var samples = new List<(double Seconds, double RssMb)>();
var sampler = Task.Run(async () =>
{
    while (DateTime.UtcNow < stop)
    {
        samples.Add(((Environment.TickCount64 - ticks) / 1000.0, ReadProc(pid).RssMb));
        await Task.Delay(500);
    }
});
var results = await Task.WhenAll(Enumerable.Range(0, sessions).Select(i => RunSession(i)));
await sampler;
var wall = (Environment.TickCount64 - ticks) / 1000.0;
var (cpuEnd, rssEnd) = ReadProc(pid);
var peak = ReadStatus(pid, "VmHWM:");

Console.WriteLine($"sessions {sessions}, {seconds:F0} s each, server pid {pid}");
Console.WriteLine($"errors: {results.Sum(r => r.Errors)} (sessions with an error: {results.Count(r => r.Errors > 0)}; first: {results.Select(r => r.FirstError).FirstOrDefault(e => e is not null) ?? "none"})");
Console.WriteLine($"frames per session per second: min {results.Min(r => r.Frames) / seconds:F1}, median {Median(results.Select(r => r.Frames / seconds)):F1}, max {results.Max(r => r.Frames) / seconds:F1}");
Console.WriteLine($"epochs per session: min {results.Min(r => r.Epochs)}, median {Median(results.Select(r => (double)r.Epochs)):F0}, max {results.Max(r => r.Epochs)} (asked: {results.Sum(r => r.Asked) / sessions:F0} epochs/s each)");
Console.WriteLine($"bytes received: {results.Sum(r => r.Bytes) / 1e6:F1} MB");
Console.WriteLine($"server CPU: {(cpuEnd - cpuStart) / wall * 100:F0} % of one core on average ({Environment.ProcessorCount} cores on this machine)");
Console.WriteLine($"server memory: RSS {samples.Min(s => s.RssMb):F0}–{samples.Max(s => s.RssMb):F0} MB during the run, {rssEnd:F0} MB at the end, peak (VmHWM) {peak:F0} MB");
return results.Sum(r => r.Errors) == 0 ? 0 : 1;

async Task<Result> RunSession(int i)
{
    var result = new Result();
    using var socket = new ClientWebSocket();
    try
    {
        await socket.ConnectAsync(new Uri($"ws://{url.Authority}/ws"), CancellationToken.None);
        // Varied runs, like a classroom: every data set and activation, 1–3 layers of 4–16 units, full and mini batches.
        var units = new JsonArray(Enumerable.Range(0, 1 + i % 3).Select(l => (JsonNode?)(4 + (i * 5 + l * 3) % 13)).ToArray());
        var speed = new[] { 30, 60, 200 }[i % 3];
        result.Asked = speed;
        var settings = new JsonObject
        {
            ["dataset"] = datasets[i % 4], ["points"] = 200 + 50 * (i % 7), ["seed"] = i, ["units"] = units,
            ["activation"] = activations[i % 3], ["lr"] = 0.1, ["batch"] = i % 2 == 0 ? 2300 : 32, ["speed"] = speed,
        };
        await Send(socket, new JsonObject { ["type"] = "configure", ["settings"] = settings });
        await Send(socket, new JsonObject { ["type"] = "play" });
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        using var deadline = new CancellationTokenSource(stop - DateTime.UtcNow);
        while (!deadline.IsCancellationRequested)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                result.Error("closed by the server");
                break;
            }
            message.Write(buffer, 0, received.Count);
            result.Bytes += received.Count;
            if (!received.EndOfMessage)
            {
                continue;
            }
            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            switch ((string?)node["type"])
            {
                case "frame":
                    result.Frames++;
                    result.Epochs = (int)node["epoch"]!;
                    break;
                case "error":
                    result.Error((string?)node["message"]);
                    break;
            }
        }
    }
    catch (Exception e) when (e is WebSocketException or IOException)
    {
        result.Error(e.Message);
    }
    return result;
}

static async Task Send(ClientWebSocket socket, JsonObject message) =>
    await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

// utime + stime in seconds (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s) and VmRSS in MB.
static (double CpuSeconds, double RssMb) ReadProc(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    return (cpu, ReadStatus(pid, "VmRSS:"));
}

static double ReadStatus(int pid, string key)
{
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

sealed class Result
{
    public int Frames;
    public int Epochs;
    public int Errors;
    public long Bytes;
    public int Asked;
    public string? FirstError;

    public void Error(string? message)
    {
        Errors++;
        FirstError ??= message;
    }
}
