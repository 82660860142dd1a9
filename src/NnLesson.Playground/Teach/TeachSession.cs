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
/// stopTraining, exportHead, importHead (JSON); sample and predict (binary: header + photo, <see cref="TeachInbox"/>),
/// handled in TeachSessionCommands.cs. This file is the loop: one loop owns
/// the session's state (<see cref="TeachModel"/>, the training, the trained head), so no locks. The state lives in
/// this object only: when the socket closes it is garbage (photos were never kept, only their features).
/// Training runs in slices between messages, about <see cref="TrainingFrames"/> frames a run, so the page sees the
/// curves grow and its other messages (a prediction, a new photo) are still answered meanwhile.
/// </summary>
public sealed partial class TeachSession(WebSocket socket, TeachBackbone backbone, CancellationToken stopping)
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
    private readonly TeachFrameRate _frames = new();

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
