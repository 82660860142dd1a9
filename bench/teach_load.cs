// Load test of the playground's Teach page (`nnlesson playground`, /teach/ws): first one session uploads photos the
// cache has never seen (feature extraction, photos/s), then N sessions at once (default 30) each upload their own
// 2 × P photos of the ants-and-bees set (default P = 10), train the head with teach's defaults, predict F frames
// (default 20) and export head.json — as a classroom pressing "Train" together. Every session names its classes
// after itself and checks that no message it receives names anything of another session (isolation). Reports errors,
// times, frames/s, and the server's memory (VmRSS, VmHWM) and CPU from /proc (Linux). Nothing here is asserted.
//
//   bench/teach_load.sh                       (builds, starts the server with an empty feature cache, runs this, stops it)
//   dotnet run bench/teach_load.cs -- URL SERVER_PID DATA [SESSIONS] [PHOTOS_PER_CLASS] [FRAMES]
using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

var url = new Uri(args[0]);
var pid = int.Parse(args[1], CultureInfo.InvariantCulture);
var data = args[2];
var sessions = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;
var perClass = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10;
var frames = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 20;

string[] Files(string subset, string cls) =>
    [.. Directory.GetFiles(Path.Combine(data, subset, cls), "*.jpg").Order(StringComparer.Ordinal)];
var ants = Files("train", "ants");
var bees = Files("train", "bees");
var probes = Files("val", "ants").Concat(Files("val", "bees")).ToArray();
Console.WriteLine($"server {url} (pid {pid}), RSS at start {ReadStatus(pid, "VmRSS:"):F0} MB");

// 1. Feature extraction with an empty cache: one session, 100 photos never seen (val ants and bees).
{
    await using var session = await Session.Open(url, "cold");
    var classes = await session.Classes(["cold-ants", "cold-bees"]);
    var clock = Stopwatch.StartNew();
    var cold = probes.Take(100).ToArray();
    await session.UploadWindow([.. cold.Select(f => (classes[f.Contains("/ants/") ? 0 : 1], f))], window: 4); // as the page sends: 4 in flight
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"feature extraction, cold cache, one session, 4 photos in flight as the page sends them: {cold.Length} photos in {seconds:F1} s = {cold.Length / seconds:F1} photos/s " +
        $"(upload, SHA-256, decode, crop, ResNet-18, cache write; includes opening ResNet-18 on the first photo)");
    clock.Restart();
    foreach (var file in cold)
    {
        await session.Upload(classes[file.Contains("/ants/") ? 0 : 1], file);
    }
    Console.WriteLine($"the same photos again (cache hits): {cold.Length / clock.Elapsed.TotalSeconds:F1} photos/s");
    var warm = Stopwatch.StartNew();
    foreach (var file in probes.Take(20))
    {
        await session.Upload(classes[0], file);
    }
    clock.Restart();
    var (_, trainMs) = await session.Train();
    Console.WriteLine($"training 200 epochs on {session.Uploaded} photos: {trainMs:F0} ms from 'train' to the last curve point");
    var latencies = new List<double>();
    for (var i = 0; i < 30; i++)
    {
        var one = Stopwatch.StartNew();
        await session.Predict(await File.ReadAllBytesAsync(probes[i % probes.Length]));
        latencies.Add(one.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"prediction of a full-size photo, one session alone: median {Median(latencies):F0} ms, {1000 / latencies.Average():F1} frames/s");
}

// 2. N sessions at once.
var ticks = Environment.TickCount64;
var (cpuStart, _) = ReadProc(pid);
var samples = new List<double>();
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        samples.Add(ReadProc(pid).RssMb);
        await Task.Delay(250);
    }
});
var results = await Task.WhenAll(Enumerable.Range(0, sessions).Select(RunSession));
await sampling.CancelAsync();
await sampler;
var wall = (Environment.TickCount64 - ticks) / 1000.0;
var (cpuEnd, rssEnd) = ReadProc(pid);
Console.WriteLine($"{sessions} sessions at once, {perClass} photos a class each (window shifted per session), {frames} predictions each: wall {wall:F1} s");
Console.WriteLine($"errors: {results.Sum(r => r.Errors.Count)} (first: {results.SelectMany(r => r.Errors).FirstOrDefault() ?? "none"})");
Console.WriteLine($"isolation: {results.Sum(r => r.Leaks)} messages named another session's class (of {results.Sum(r => r.Messages)} received)");
Console.WriteLine($"per session: upload {Stats(results.Select(r => r.UploadSeconds))} s, train {Stats(results.Select(r => r.TrainMs / 1000))} s, " +
    $"prediction {Stats(results.Select(r => r.PredictMs))} ms a frame; validation {Stats(results.Select(r => (double)r.ValCorrect))} right of {results[0].ValCount}");
Console.WriteLine($"server CPU: {(cpuEnd - cpuStart) / wall * 100:F0} % of one core on average ({Environment.ProcessorCount} cores)");
Console.WriteLine($"server memory: RSS {samples.Min():F0}–{samples.Max():F0} MB during the run, {rssEnd:F0} MB at the end, peak (VmHWM) {ReadStatus(pid, "VmHWM:"):F0} MB");
await Task.Delay(2000);
Console.WriteLine($"server memory 2 s after every session closed: RSS {ReadStatus(pid, "VmRSS:"):F0} MB");
return results.Sum(r => r.Errors.Count + r.Leaks) == 0 ? 0 : 1;

async Task<Result> RunSession(int i)
{
    var result = new Result();
    try
    {
        await using var session = await Session.Open(url, $"s{i:00}");
        session.OnMessage = text =>
        {
            result.Messages++;
            for (var j = 0; j < sessions; j++)
            {
                if (j != i && text.Contains($"\"s{j:00}-", StringComparison.Ordinal))
                {
                    result.Leaks++;
                }
            }
        };
        var classes = await session.Classes([$"s{i:00}-ants", $"s{i:00}-bees"]);
        var clock = Stopwatch.StartNew();
        var from = (i * 3) % Math.Max(1, Math.Min(ants.Length, bees.Length) - perClass);
        foreach (var file in ants.Skip(from).Take(perClass))
        {
            await session.Upload(classes[0], file);
        }
        foreach (var file in bees.Skip(from).Take(perClass))
        {
            await session.Upload(classes[1], file);
        }
        result.UploadSeconds = clock.Elapsed.TotalSeconds;
        (var progress, result.TrainMs) = await session.Train();
        result.ValCorrect = (int)progress["valCorrect"]!;
        result.ValCount = session.Validation;
        var predict = Stopwatch.StartNew();
        for (var f = 0; f < frames; f++)
        {
            await session.Predict(await File.ReadAllBytesAsync(probes[(i + f) % probes.Length]));
        }
        result.PredictMs = predict.Elapsed.TotalMilliseconds / frames;
        var head = await session.Export();
        if (!head.Contains($"\"s{i:00}-ants\"", StringComparison.Ordinal))
        {
            result.Errors.Add("the exported head does not name this session's classes");
        }
        result.Errors.AddRange(session.Errors);
    }
    catch (Exception e) when (e is WebSocketException or IOException or InvalidOperationException)
    {
        result.Errors.Add(e.Message);
    }
    return result;
}

static string Stats(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return string.Create(CultureInfo.InvariantCulture, $"min {sorted[0]:F2} / median {sorted[sorted.Length / 2]:F2} / max {sorted[^1]:F2}");
}

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
    public List<string> Errors = [];
    public int Leaks;
    public int Messages;
    public double UploadSeconds;
    public double TrainMs;
    public double PredictMs;
    public int ValCorrect;
    public int ValCount;
}

/// <summary>One Teach page's WebSocket: JSON commands, binary photos (uint32 LE header length, JSON header, bytes).</summary>
sealed class Session : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private int _seq;
    public Action<string>? OnMessage;
    public List<string> Errors = [];
    public int Uploaded;
    public int Validation;

    public static async Task<Session> Open(Uri url, string name)
    {
        var session = new Session();
        await session._socket.ConnectAsync(new Uri($"ws://{url.Authority}/teach/ws"), CancellationToken.None);
        await session.Next("state");
        return session;
    }

    public async Task<int[]> Classes(string[] names)
    {
        await Send(new JsonObject { ["type"] = "replaceClasses", ["names"] = new JsonArray([.. names.Select(n => (JsonNode)n)]) });
        var state = await Next("state");
        return [.. state["classes"]!.AsArray().Select(c => (int)c!["id"]!)];
    }

    public async Task Upload(int classId, string file)
    {
        var seq = await SendPhoto(new JsonObject { ["type"] = "sample", ["class"] = classId, ["name"] = Path.GetFileName(file) }, await File.ReadAllBytesAsync(file));
        var answer = await Answer(seq);
        if ((string?)answer["type"] == "rejected")
        {
            Errors.Add((string?)answer["reason"]!["en"] ?? "rejected");
        }
        else
        {
            Uploaded++;
        }
    }

    /// <summary>Uploads with up to <paramref name="window"/> photos sent and not yet answered.</summary>
    public async Task UploadWindow(IReadOnlyList<(int ClassId, string File)> photos, int window)
    {
        var waiting = new Queue<int>();
        foreach (var (classId, file) in photos)
        {
            if (waiting.Count == window)
            {
                Count(await Answer(waiting.Dequeue()));
            }
            waiting.Enqueue(await SendPhoto(new JsonObject { ["type"] = "sample", ["class"] = classId, ["name"] = Path.GetFileName(file) },
                await File.ReadAllBytesAsync(file)));
        }
        while (waiting.Count > 0)
        {
            Count(await Answer(waiting.Dequeue()));
        }
    }

    private void Count(JsonObject answer)
    {
        if ((string?)answer["type"] == "rejected")
        {
            Errors.Add((string?)answer["reason"]!["en"] ?? "rejected");
        }
        else
        {
            Uploaded++;
        }
    }

    public async Task<(JsonObject Last, double Ms)> Train()
    {
        var clock = Stopwatch.StartNew();
        await Send(new JsonObject { ["type"] = "train" });
        Validation = (int)(await Next("trainingStarted"))["validation"]!;
        while (true)
        {
            var progress = await Next("progress");
            if ((bool)progress["finished"]! || (bool)progress["diverged"]!)
            {
                return (progress, clock.Elapsed.TotalMilliseconds);
            }
        }
    }

    public async Task Predict(byte[] bytes)
    {
        var answer = await Answer(await SendPhoto(new JsonObject { ["type"] = "predict" }, bytes));
        if ((string?)answer["type"] != "prediction")
        {
            Errors.Add((string?)answer["reason"]?["en"] ?? "no prediction");
        }
    }

    public async Task<string> Export()
    {
        await Send(new JsonObject { ["type"] = "exportHead" });
        return (string)(await Next("head"))["text"]!;
    }

    private async Task<JsonObject> Answer(int seq)
    {
        while (true)
        {
            var message = await Receive();
            if (message["seq"] is JsonValue v && (int)v == seq && (string?)message["type"] is "added" or "rejected" or "prediction")
            {
                return message;
            }
        }
    }

    private async Task<JsonObject> Next(string type)
    {
        while (true)
        {
            var message = await Receive();
            if ((string?)message["type"] == type)
            {
                return message;
            }
            if ((string?)message["type"] == "error")
            {
                Errors.Add((string?)message["reason"]!["en"] ?? "error");
            }
        }
    }

    private async Task<JsonObject> Receive()
    {
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("closed by the server");
            }
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var json = Encoding.UTF8.GetString(text.ToArray());
                OnMessage?.Invoke(json);
                return JsonNode.Parse(json)!.AsObject();
            }
        }
    }

    private Task Send(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<int> SendPhoto(JsonObject header, byte[] bytes)
    {
        var seq = ++_seq;
        header["seq"] = seq;
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var message = new byte[4 + json.Length + bytes.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)json.Length);
        json.CopyTo(message, 4);
        bytes.CopyTo(message, 4 + json.Length);
        await _socket.SendAsync(message, WebSocketMessageType.Binary, true, CancellationToken.None);
        return seq;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        _socket.Dispose();
    }
}
