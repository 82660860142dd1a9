using System.Diagnostics;
using System.Net.WebSockets;
using System.Threading.Channels;
using NnLesson.Figures;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// One CNN page's session: the run controller between the transport (<see cref="CnnSocket"/>) and the pace
/// (<see cref="CnnPacer"/>). One loop owns the session's single <see cref="CnnRun"/>, so no locks: it handles the
/// commands, trains while playing within the pace, sends each finished evaluation, and a frame at most
/// <see cref="CnnLimits.FramesPerSecond"/> times a second while playing (at once after a command while paused).
/// </summary>
internal sealed class CnnSession(WebSocket webSocket, CnnDataSource source, TrainingBudget budget, CancellationToken stopping)
{
    /// <summary>How often a playing session wakes to train (the budget's allowance is one such tick's worth).</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly CnnSocket _socket = new(webSocket);
    private readonly CnnPacer _pacer = new(budget);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private CnnData? _data;
    private CnnRun? _run;
    private int _lossesSent;
    private int _selected;
    private bool _dirty;
    private TimeSpan _lastFrame = TimeSpan.MinValue;

    public async Task RunAsync()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var token = cancel.Token;
        var inbox = CnnSocket.CreateInbox();
        // The receive loop has its own token: cancelling a pending receive aborts the socket, and the page would get no close frame.
        using var stopReceiving = new CancellationTokenSource();
        var receiving = _socket.ReceiveAsync(inbox.Writer, stopReceiving.Token);
        try
        {
            Localized? missing;
            (_data, missing) = await source.GetAsync().WaitAsync(token);
            await _socket.SendAsync(CnnFrames.Ready(_data, missing), token);
            while (!token.IsCancellationRequested && _socket.IsOpen)
            {
                while (inbox.Reader.TryRead(out var message))
                {
                    await HandleAsync(message, token);
                }
                Train();
                await SendProgressAsync(token);
                var more = _pacer.Playing
                    ? await WaitAsync(inbox.Reader, Tick, token)
                    : await inbox.Reader.WaitToReadAsync(token);
                if (!more)
                {
                    break; // the page went away
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
            _pacer.Playing = false; // leaves the shared budget
            await cancel.CancelAsync();
            await _socket.CloseAsync(stopping.IsCancellationRequested);
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(1))) != receiving)
            {
                await stopReceiving.CancelAsync(); // a page that does not answer our close frame is cut off
            }
            await receiving;
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<CnnIncoming> reader, TimeSpan delay, CancellationToken token)
    {
        var message = reader.WaitToReadAsync(token).AsTask();
        var finished = await Task.WhenAny(message, Task.Delay(delay, token));
        return finished != message || await message;
    }

    /// <summary>While playing: units of work as long as the pace allows; a run that is finished or diverged stops playing.</summary>
    private void Train()
    {
        _pacer.Accrue();
        if (!_pacer.Playing || _run is null)
        {
            return;
        }
        while (_pacer.MayWork && _run.CanWork)
        {
            _pacer.Spend(_run.Work);
            _dirty = true;
        }
        if (!_run.CanWork)
        {
            _pacer.Playing = false;
            _dirty = true;
        }
    }

    /// <summary>Every finished evaluation, then a frame when something changed (throttled while playing).</summary>
    private async Task SendProgressAsync(CancellationToken token)
    {
        if (_run is null)
        {
            return;
        }
        foreach (var measured in _run.TakeMeasured().ToList())
        {
            await _socket.SendAsync(measured, token);
        }
        var now = _clock.Elapsed;
        if (_dirty && (!_pacer.Playing || now - _lastFrame >= TimeSpan.FromSeconds(1.0 / CnnLimits.FramesPerSecond)))
        {
            await _socket.SendAsync(CnnFrames.Frame(_run, _lossesSent, _selected, _pacer.Playing), token);
            _lossesSent = _run.Losses.Count;
            _lastFrame = now;
            _dirty = false;
        }
    }

    private async Task HandleAsync(CnnIncoming message, CancellationToken token)
    {
        try
        {
            switch (message.Command)
            {
                case null:
                    throw new CnnRejection(message.Problem!.Value);
                case ConfigureCommand configure:
                    var fresh = Configure(configure.Settings);
                    await _socket.SendAsync(CnnFrames.State(_run!, fresh), token);
                    break;
                case PlayCommand:
                    _pacer.Playing = RequireRun().CanWork;
                    break;
                case PauseCommand:
                    _pacer.Playing = false;
                    break;
                case StepCommand:
                    StepOnce(RequireRun());
                    break;
                case ResetCommand:
                    Start(RequireRun().Settings);
                    await _socket.SendAsync(CnnFrames.State(_run!, fresh: true), token);
                    break;
                case SelectCommand select:
                    _selected = select.Image >= 0 && select.Image < CnnFrames.GridCount(RequireData())
                        ? select.Image
                        : throw new CnnRejection($"Зображення {select.Image} немає в сітці (0…{CnnFrames.GridCount(RequireData()) - 1}).",
                            $"There is no image {select.Image} in the grid (0…{CnnFrames.GridCount(RequireData()) - 1}).");
                    break;
            }
            _dirty = true;
        }
        catch (CnnRejection e)
        {
            await _socket.SendAsync(new ErrorMessage(e.Reason), token);
        }
    }

    /// <summary>η and B change the running network; other filters or another seed start a new one (true).</summary>
    private bool Configure(CnnSettings settings)
    {
        if (settings is null)
        {
            throw new CnnRejection("Потрібні налаштування (settings).", "The message needs its settings.");
        }
        settings.Validate();
        if (_run is not null && settings.SameNetworkAs(_run.Settings))
        {
            _run.UpdateLive(settings);
            return false;
        }
        Start(settings);
        return true;
    }

    private void Start(CnnSettings settings)
    {
        _pacer.Playing = false;
        _run = new CnnRun(RequireData(), settings);
        _lossesSent = 0;
    }

    /// <summary>One batch (an evaluation due first is finished first), within the pace (<see cref="CnnPacer.MayStep"/>); play pauses.</summary>
    private void StepOnce(CnnRun run)
    {
        _pacer.Playing = false;
        _pacer.Accrue();
        var target = run.Step + 1;
        while (run.Step < target && run.CanWork && _pacer.MayStep)
        {
            _pacer.Spend(run.Work);
        }
    }

    private CnnData RequireData() => _data ?? throw new CnnRejection(
        "Немає даних для навчання: див. рядок угорі, як отримати Fashion-MNIST.", "No data to train on: see the line above on how to get Fashion-MNIST.");

    private CnnRun RequireRun()
    {
        RequireData();
        return _run ?? throw new CnnRejection("Спершу надішліть налаштування (configure).", "Send the settings (configure) first.");
    }
}
