using System.Net.WebSockets;
using System.Threading.Channels;
using NnLesson.Core;
using NnLesson.Playground.Frames;
using NnLesson.Playground.Model;
using NnLesson.Playground.Protocol;

namespace NnLesson.Playground.Web;

/// <summary>
/// One page's run: the page sends commands (<see cref="ClientMessage"/>: configure, play, pause, step, reset, addPoint,
/// removePoint), the session trains its own <see cref="PlaygroundRun"/> and answers with the data (<see cref="StateMessage"/>)
/// and drawings (<see cref="FrameMessage"/>, at most <see cref="FramesPerSecond"/> a second while playing). One loop owns
/// the run, so no locks; how much it may train is the <see cref="StepAllowance"/>'s to say; the socket is the
/// <see cref="MessageSocket"/>'s. A message the session cannot act on is answered with an <see cref="ErrorMessage"/>.
/// </summary>
internal sealed class PlaygroundSession(WebSocket webSocket, TrainingBudget budget, CancellationToken stopping)
{
    private const int FramesPerSecond = 10;

    private readonly MessageSocket _socket = new(webSocket);
    private readonly StepAllowance _allowance = new(budget);
    private PlaygroundRun? _run;
    private int _historySent;
    private bool _dirty;
    private double _owedEpochs;

    public async Task RunAsync()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var token = cancel.Token;
        var inbox = Channel.CreateBounded<string>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        // The receive loop has its own token, not the server's stopping one: cancelling a pending WebSocket receive
        // aborts the socket, and Ctrl+C then dropped every page without the close frame (close code 1006, probe G13).
        using var stopReceiving = new CancellationTokenSource();
        var receiving = _socket.ReceiveAsync(inbox.Writer, stopReceiving.Token);
        try
        {
            while (!token.IsCancellationRequested && _socket.IsOpen)
            {
                while (inbox.Reader.TryRead(out var message))
                {
                    await HandleAsync(message, token);
                }
                Tick();
                if (_dirty && _run is not null)
                {
                    await _socket.SendAsync(FrameBuilder.Frame(_run, _historySent, _allowance.Playing), token);
                    _historySent = _run.Epoch + 1;
                    _dirty = false;
                }
                var more = _allowance.Playing
                    ? await WaitAsync(inbox.Reader, TimeSpan.FromSeconds(1.0 / FramesPerSecond), token)
                    : await inbox.Reader.WaitToReadAsync(token);
                if (!more)
                {
                    break; // the page went away
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping (Ctrl+C) or the page closed.
        }
        catch (WebSocketException)
        {
            // The connection dropped mid-message: nothing to tell anyone.
        }
        finally
        {
            _allowance.Playing = false; // leaves the shared budget
            await cancel.CancelAsync();
            await _socket.CloseAsync(stopping.IsCancellationRequested);
            // The page answers the close frame with its own, which ends the receive loop; a page that does not is cut off.
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(1))) != receiving)
            {
                await stopReceiving.CancelAsync();
            }
            await receiving;
        }
    }

    /// <summary>Waits for a message or the next frame time; false when the page closed.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<string> reader, TimeSpan delay, CancellationToken token)
    {
        var message = reader.WaitToReadAsync(token).AsTask();
        var finished = await Task.WhenAny(message, Task.Delay(delay, token));
        return finished != message || await message;
    }

    /// <summary>Trains the epochs play owes since the last tick, as far as the allowance lets it.</summary>
    private void Tick()
    {
        var seconds = _allowance.Accrue();
        if (!_allowance.Playing || _run is null)
        {
            _owedEpochs = 0;
            return;
        }
        _owedEpochs = Math.Min(_owedEpochs + seconds * _run.Settings.StepsPerSecond, _run.Settings.StepsPerSecond / 4.0 + 1);
        while (_owedEpochs >= 1 && _allowance.CanStep)
        {
            TrainOne();
            _owedEpochs--;
            if (_run.Diverged)
            {
                _allowance.Playing = false; // the page shows why; more steps would only repeat NaN
                break;
            }
        }
    }

    private void TrainOne()
    {
        _allowance.Spend(_run!.Step);
        _dirty = true;
    }

    private async Task HandleAsync(string text, CancellationToken token)
    {
        try
        {
            switch (MessageJson.Read(text))
            {
                case ConfigureMessage configure:
                    Configure((configure.Settings ?? throw new LessonException(
                        "Повідомлення configure потребує settings.", "A configure message needs its settings.")).ToSettings());
                    await _socket.SendAsync(FrameBuilder.State(_run!), token);
                    break;
                case ResetMessage:
                    Start(RequireRun().Settings);
                    await _socket.SendAsync(FrameBuilder.State(_run!), token);
                    break;
                case PlayMessage:
                    _allowance.Playing = !RequireRun().Diverged;
                    _dirty = true;
                    break;
                case PauseMessage:
                    _allowance.Playing = false;
                    _dirty = true;
                    break;
                case StepMessage:
                    var run = RequireRun();
                    _allowance.Playing = false;
                    if (_allowance.CanStep && !run.Diverged)
                    {
                        TrainOne();
                    }
                    _dirty = true;
                    break;
                case AddPointMessage add:
                    Edit(new PointEdit(PointEditKind.Add, Required(add.X, "x"), Required(add.Y, "y"), Label(Required(add.Label, "label"))));
                    await _socket.SendAsync(FrameBuilder.State(_run!), token);
                    break;
                case RemovePointMessage remove:
                    Edit(RequireRun().EditRemovingNearest(Required(remove.X, "x"), Required(remove.Y, "y")));
                    await _socket.SendAsync(FrameBuilder.State(_run!), token);
                    break;
            }
        }
        catch (LessonException e)
        {
            await _socket.SendAsync(FrameBuilder.Error(e), token);
        }
    }

    /// <summary>Live settings (η, batch, λ, speed) change the running network; anything else starts a new run.</summary>
    private void Configure(PlaygroundSettings settings)
    {
        settings.Validate();
        if (_run is not null && settings.SameRunAs(_run.Settings))
        {
            _run.UpdateLive(settings);
            _dirty = true;
            return;
        }
        Start(settings);
    }

    private void Start(PlaygroundSettings settings)
    {
        _run = new PlaygroundRun(settings);
        _historySent = 0;
        _owedEpochs = 0;
        _dirty = true;
    }

    private void Edit(PointEdit edit)
    {
        RequireRun().ApplyLive(edit);
        _dirty = true;
    }

    private PlaygroundRun RequireRun() =>
        _run ?? throw new LessonException("Спершу надішліть налаштування (configure).", "Send the settings (configure) first.");

    private static double Required(double? value, string name) => value ?? throw new LessonException(
        $"Повідомлення потребує числа «{name}».", $"The message needs a number '{name}'.");

    /// <summary>A point's class: exactly 0 or 1 (0.5 and 1.9 were cut to 0 and 1; inside settings.edits they were refused).</summary>
    private static int Label(double label) => label is 0 or 1 ? (int)label : throw new LessonException(
        $"Клас точки має бути 0 або 1 (задано {Core.Training.TrainingLimits.NumUk(label)}).",
        $"A point's class must be 0 or 1 (got {Core.Training.TrainingLimits.Num(label)}).");
}
