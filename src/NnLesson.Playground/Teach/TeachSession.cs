using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>
/// One Teach page's WebSocket. Commands: addClass, renameClass, removeClass, replaceClasses, removeSample, train,
/// exportHead, importHead (JSON); sample and predict (binary: header + photo, <see cref="TeachInbox"/>). One loop owns
/// the session's state (<see cref="TeachModel"/>, the training, the trained head), so no locks. The state lives in
/// this object only: when the socket closes it is garbage (photos were never kept, only their features).
/// Training runs in slices between messages, about <see cref="TrainingFrames"/> frames a run, so the page sees the
/// curves grow and its other messages (a prediction, a new photo) are still answered meanwhile.
/// </summary>
public sealed class TeachSession(WebSocket socket, TeachBackbone backbone, CancellationToken stopping)
{
    private const int FramesPerSecond = 10;

    /// <summary>A run is shown in about this many frames (200 epochs: 1.5 s at 10 frames/s).</summary>
    private const int TrainingFrames = 15;

    /// <summary>Training time per frame at most, so one big session cannot starve the others.</summary>
    private static readonly TimeSpan TrainingBudget = TimeSpan.FromMilliseconds(40);

    /// <summary>
    /// Photos being featurised at once for this page: the next one is decoded while the network runs on the previous
    /// (teach's reader thread does the same), and a fast page cannot queue more than this many photos' bytes.
    /// </summary>
    private const int MaxInFlight = 3;

    private sealed record Featurising(int Seq, int ClassId, string Name, PhotoSubset Subset, Task<SampleFeatures> Features);

    private readonly Queue<Featurising> _featurising = new();
    private readonly TeachModel _model = new();
    private TeachTraining? _training;
    private int _sent;
    private TrainedHead? _trained;
    private TeachSettings? _trainedWith;
    private bool _trainedSplitBySeed = true;
    private double _tokens = TeachLimits.MaxPredictionsPerSecond;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastTick;

    public async Task RunAsync()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var token = cancel.Token;
        var inbox = TeachInbox.Create();
        var receiving = TeachInbox.ReceiveAsync(socket, inbox.Writer, token);
        try
        {
            await SendAsync(TeachMessages.State(_model, _trained), token);
            while (!token.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                while (_featurising.Count < MaxInFlight && inbox.Reader.TryRead(out var message))
                {
                    await HandleAsync(message, token);
                }
                await DrainAsync(all: false, token);
                await TrainSliceAsync(token);
                if (!await WaitForWorkAsync(inbox.Reader, token))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping or the page closed.
        }
        catch (WebSocketException)
        {
            // The connection dropped mid-message.
        }
        finally
        {
            await cancel.CancelAsync();
            await CloseAsync();
            await receiving;
        }
    }

    /// <summary>
    /// Waits for a message (unless <see cref="MaxInFlight"/> photos are being featurised), the oldest photo's features,
    /// or the next training frame; false when the page closed.
    /// </summary>
    private async Task<bool> WaitForWorkAsync(System.Threading.Channels.ChannelReader<TeachIncoming> reader, CancellationToken token)
    {
        var waits = new List<Task>();
        Task<bool>? message = null;
        if (_featurising.Count < MaxInFlight)
        {
            message = reader.WaitToReadAsync(token).AsTask();
            waits.Add(message);
        }
        if (_featurising.TryPeek(out var oldest))
        {
            waits.Add(oldest.Features);
        }
        if (_training is { Finished: false, Diverged: false })
        {
            waits.Add(Task.Delay(TimeSpan.FromSeconds(1.0 / FramesPerSecond), token));
        }
        var finished = await Task.WhenAny(waits);
        return finished != message || await message;
    }

    /// <summary>
    /// Adds the featurised photos to their classes in the order they arrived and answers each: the finished ones at the
    /// head of the queue, or (<paramref name="all"/>) every one, waiting — before any other command, so commands keep their order.
    /// </summary>
    private async Task DrainAsync(bool all, CancellationToken token)
    {
        while (_featurising.TryPeek(out var next) && (all || next.Features.IsCompleted))
        {
            _featurising.Dequeue();
            try
            {
                var features = await next.Features;
                var sample = _model.AddSample(next.ClassId, next.Name, features, next.Subset); // refuses if the class went meanwhile
                await SendAsync(TeachMessages.Added(next.Seq, sample, features.FromCache), token);
            }
            catch (Exception e) when (e is TeachRejection or LessonException)
            {
                var reason = e is TeachRejection r ? r.Reason : new Localized($"«{next.Name}»: не вдалося обчислити ознаки.", e.Message);
                await SendAsync(TeachMessages.Rejected(next.Seq, next.Name, reason), token);
            }
        }
    }

    /// <summary>A slice of the running training (epochs/<see cref="TrainingFrames"/> steps within the budget), then its new history.</summary>
    private async Task TrainSliceAsync(CancellationToken token)
    {
        if (_training is not { } run || (run.Finished && _sent == run.Measured))
        {
            return;
        }
        var steps = Math.Max(1, (run.Settings.Epochs + TrainingFrames) / TrainingFrames);
        var started = Stopwatch.StartNew();
        for (var i = 0; i < steps && !run.Finished && !run.Diverged && started.Elapsed < TrainingBudget; i++)
        {
            run.Step();
        }
        if (run.Finished && !run.Diverged)
        {
            (_trained, _trainedWith, _trainedSplitBySeed) = (run.Trained, run.Settings, run.SplitBySeed);
        }
        var from = _sent;
        _sent = run.Measured;
        await SendAsync(TeachMessages.Progress(run, from), token);
        if (run.Finished || run.Diverged)
        {
            _training = null;
            if (run.Finished && !run.Diverged)
            {
                await SendAsync(TeachMessages.State(_model, _trained), token);
            }
        }
    }

    private async Task HandleAsync(TeachIncoming message, CancellationToken token)
    {
        var header = message.Header;
        var type = Text(header, "type");
        var seq = header["seq"] is JsonValue s && s.TryGetValue<int>(out var n) ? n : 0;
        try
        {
            if (type is not "sample")
            {
                await DrainAsync(all: true, token);
            }
            switch (type)
            {
                case "sample" when message.Body is not null:
                    EnqueueSample(header, message.Body, seq, token);
                    return;
                case "predict" when message.Body is not null:
                    await PredictAsync(message.Body, seq, token);
                    return;
                case "addClass":
                    _model.AddClass(Text(header, "name") ?? "");
                    break;
                case "renameClass":
                    _model.Rename(Int(header, "id"), Text(header, "name") ?? "");
                    break;
                case "removeClass":
                    _model.RemoveClass(Int(header, "id"));
                    break;
                case "replaceClasses":
                    _model.Replace(header["names"] is JsonArray names ? [.. names.Select(x => x is JsonValue v && v.TryGetValue<string>(out var t) ? t : "")] : []);
                    break;
                case "removeSample":
                    _model.RemoveSample(Int(header, "id"));
                    break;
                case "train":
                    StartTraining(header["settings"] as JsonObject);
                    await SendAsync(TeachMessages.Started(_training!), token);
                    return;
                case "exportHead":
                    if (_trained is null)
                    {
                        throw new TeachRejection("Спершу навчіть або імпортуйте голову.", "Train or import a head first.");
                    }
                    await SendAsync(TeachMessages.Head(_trained, _trainedWith ?? TeachSettings.Default, _trainedSplitBySeed), token);
                    return;
                case "importHead":
                    ImportHead(Text(header, "name") ?? HeadFile.FileName, Text(header, "text") ?? "");
                    break;
                default:
                    throw new TeachRejection("Незрозуміле повідомлення.", $"Unknown message '{type ?? "(none)"}'.");
            }
            await SendAsync(TeachMessages.State(_model, _trained), token);
        }
        catch (Exception e) when (e is TeachRejection or LessonException)
        {
            var reason = e is TeachRejection r ? r.Reason : new Localized("Не вдалося: " + e.Message, e.Message);
            await SendAsync(type is "sample" or "predict"
                ? TeachMessages.Rejected(seq, Text(header, "name") ?? "frame", reason)
                : TeachMessages.Error(reason), token);
        }
    }

    /// <summary>Checks the photo's header and the caps, then starts featurising it; <see cref="DrainAsync"/> adds and answers it.</summary>
    private void EnqueueSample(JsonObject header, byte[] body, int seq, CancellationToken token)
    {
        var name = Text(header, "name") is { Length: > 0 } given ? given[..Math.Min(given.Length, 120)] : $"photo-{seq}";
        var classId = Int(header, "class");
        var subset = TeachMessages.ParseSubset(Text(header, "subset"))
            ?? throw new TeachRejection("Підмножина має бути train, val або auto.", "The subset must be train, val or auto.");
        _model.RequireRoom(classId, name, _featurising.Count(f => f.ClassId == classId), _featurising.Count);
        _featurising.Enqueue(new Featurising(seq, classId, name, subset, backbone.SampleAsync(body, name, token)));
    }

    private async Task PredictAsync(byte[] body, int seq, CancellationToken token)
    {
        Refill();
        if (_trained is null)
        {
            throw new TeachRejection("Спершу навчіть або імпортуйте голову.", "Train or import a head first.");
        }
        if (_tokens < 1)
        {
            throw new TeachRejection("Забагато кадрів за секунду.", $"More than {TeachLimits.MaxPredictionsPerSecond} frames a second.");
        }
        _tokens--;
        var clock = Stopwatch.StartNew();
        var head = _trained;
        var frame = await backbone.FrameAsync(body, token);
        await SendAsync(TeachMessages.Prediction(seq, FramePrediction.Of(head, frame), clock.Elapsed.TotalMilliseconds), token);
    }

    private void Refill()
    {
        var now = _clock.Elapsed;
        _tokens = Math.Min(TeachLimits.MaxPredictionsPerSecond, _tokens + (now - _lastTick).TotalSeconds * TeachLimits.MaxPredictionsPerSecond);
        _lastTick = now;
    }

    private void StartTraining(JsonObject? json)
    {
        var d = TeachSettings.Default;
        var settings = json is null ? d : new TeachSettings(
            (int)Number(json, "epochs", d.Epochs), Number(json, "lr", d.LearningRate), Number(json, "l2", d.L2),
            Number(json, "valFraction", d.ValidationFraction), (int)Number(json, "seed", d.Seed));
        _training = TeachTraining.Start(_model, settings);
        _sent = 0;
    }

    /// <summary>A head.json from <c>nnlesson teach</c> or this page: checked as the CLI checks it; its classes replace the cards (without photos).</summary>
    private void ImportHead(string name, string text)
    {
        if (text.Length > TeachLimits.MaxHeadFileChars)
        {
            throw new TeachRejection($"«{name}» завеликий для head.json.", $"'{name}' is too large for a head.json.");
        }
        TrainedHead head;
        try
        {
            head = HeadFile.FromText(text, name, FeatureExtraction.ModelKey);
        }
        catch (LessonException e)
        {
            throw new TeachRejection($"«{name}» не вдалося імпортувати: це не head.json від nnlesson teach для цієї ResNet-18.", e.Message);
        }
        if (head.ClassNames.Count > TeachLimits.MaxClasses)
        {
            throw new TeachRejection($"«{name}»: {head.ClassNames.Count} класів, а сторінка вміє до {TeachLimits.MaxClasses}.",
                $"'{name}': {head.ClassNames.Count} classes; the page handles up to {TeachLimits.MaxClasses}.");
        }
        _model.Replace(head.ClassNames);
        (_trained, _trainedWith, _training) = (head, null, null);
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;

    private static int Int(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue
            ? (int)d
            : throw new TeachRejection($"Потрібне ціле число «{name}».", $"The message needs an integer '{name}'.");

    private static double Number(JsonObject o, string name, double fallback) =>
        o[name] is null ? fallback
        : o[name] is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d) && Math.Abs(d) < 1e9 ? d
        : throw new TeachRejection($"«{name}» має бути числом.", $"'{name}' must be a number.");

    private async Task SendAsync(JsonObject message, CancellationToken token)
    {
        if (socket.State != WebSocketState.Open)
        {
            return;
        }
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, token);
    }

    private async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, stopping.IsCancellationRequested ? "server stopping" : "bye", timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
