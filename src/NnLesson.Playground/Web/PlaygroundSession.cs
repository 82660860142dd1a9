using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NnLesson.Core;
using NnLesson.Playground.Frames;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Web;

/// <summary>
/// One page's WebSocket: the page sends commands (configure, play, pause, step, reset, addPoint, removePoint),
/// the session trains its own <see cref="PlaygroundRun"/> and answers with "state" messages (settings and points)
/// and "frame" messages (<see cref="FrameBuilder"/>). One loop owns the run, so no locks; training obeys a token
/// bucket of <see cref="PlaygroundLimits.MaxStepsPerSecond"/> epochs per second, whoever asks for them, and within
/// the session's share of the server's <see cref="TrainingBudget"/>. A page that stops reading is dropped once a send
/// waits longer than <see cref="PlaygroundLimits.SendTimeout"/> (30 s: generous for a slow laptop, short for a client that never reads).
/// </summary>
internal sealed class PlaygroundSession(WebSocket socket, TrainingBudget budget, CancellationToken stopping)
{
    /// <summary>At most this many frames per second while playing (the page redraws at the same pace).</summary>
    private const int FramesPerSecond = 10;

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private PlaygroundRun? _run;
    private bool _playing;
    private double _allowance = TrainingBudget.MaxAllowance; // seconds of training this session may still spend (negative: a debt)
    private int _historySent;
    private bool _dirty;
    private double _owedEpochs;
    private double _tokens = PlaygroundLimits.MaxStepsPerSecond;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastTick;

    public async Task RunAsync()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var token = cancel.Token;
        var inbox = Channel.CreateBounded<JsonNode?>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        // The receive loop has its own token, not the server's stopping one: cancelling a pending WebSocket receive
        // aborts the socket, and Ctrl+C then dropped every page without the close frame (close code 1006, probe G13).
        using var stopReceiving = new CancellationTokenSource();
        var receiving = ReceiveAsync(inbox.Writer, stopReceiving.Token);
        try
        {
            while (!token.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                while (inbox.Reader.TryRead(out var message))
                {
                    await HandleAsync(message, token);
                }
                Tick();
                if (_dirty && _run is not null)
                {
                    await SendAsync(FrameBuilder.Frame(_run, _historySent, Playing), token);
                    _historySent = _run.Epoch + 1;
                    _dirty = false;
                }
                var more = Playing
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
            Playing = false; // leaves the shared budget
            await cancel.CancelAsync();
            await CloseAsync();
            // The page answers the close frame with its own, which ends the receive loop; a page that does not is cut off.
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(1))) != receiving)
            {
                await stopReceiving.CancelAsync();
            }
            await receiving;
        }
    }

    /// <summary>Waits for a message or the next frame time; false when the page closed.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<JsonNode?> reader, TimeSpan delay, CancellationToken token)
    {
        var message = reader.WaitToReadAsync(token).AsTask();
        var finished = await Task.WhenAny(message, Task.Delay(delay, token));
        return finished != message || await message;
    }

    /// <summary>Whether play is on; a change joins or leaves the server's <see cref="TrainingBudget"/>.</summary>
    private bool Playing
    {
        get => _playing;
        set
        {
            if (value != _playing)
            {
                _playing = value;
                budget.SetPlaying(value);
            }
        }
    }

    /// <summary>Trains the epochs play owes since the last tick, within the token bucket and the session's share of the budget.</summary>
    private void Tick()
    {
        var now = _clock.Elapsed;
        var seconds = (now - _lastTick).TotalSeconds;
        _lastTick = now;
        _tokens = Math.Min(PlaygroundLimits.MaxStepsPerSecond, _tokens + seconds * PlaygroundLimits.MaxStepsPerSecond);
        _allowance = budget.Accrue(_allowance, seconds, Playing);
        if (!Playing || _run is null)
        {
            _owedEpochs = 0;
            return;
        }
        _owedEpochs = Math.Min(_owedEpochs + seconds * _run.Settings.StepsPerSecond, _run.Settings.StepsPerSecond / 4.0 + 1);
        while (_owedEpochs >= 1 && _tokens >= 1 && _allowance > 0)
        {
            TrainOne();
            _owedEpochs--;
            if (_run.Diverged)
            {
                Playing = false; // the page shows why; more steps would only repeat NaN
                break;
            }
        }
    }

    /// <summary>One epoch, its wall time charged to the allowance.</summary>
    private void TrainOne()
    {
        var started = Stopwatch.GetTimestamp();
        _run!.Step();
        _allowance = TrainingBudget.Charge(_allowance, Stopwatch.GetElapsedTime(started).TotalSeconds);
        _tokens--;
        _dirty = true;
    }

    private async Task HandleAsync(JsonNode? message, CancellationToken token)
    {
        try
        {
            var type = message is JsonObject o && o["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
            switch (type)
            {
                case "configure":
                    Configure(SettingsJson.FromJson(message!["settings"]));
                    await SendAsync(FrameBuilder.State(_run!), token);
                    break;
                case "reset":
                    RequireRun();
                    Start(_run!.Settings);
                    await SendAsync(FrameBuilder.State(_run!), token);
                    break;
                case "play":
                    RequireRun();
                    Playing = !_run!.Diverged;
                    _dirty = true;
                    break;
                case "pause":
                    Playing = false;
                    _dirty = true;
                    break;
                case "step":
                    RequireRun();
                    Playing = false;
                    if (_tokens >= 1 && _allowance > 0 && !_run!.Diverged)
                    {
                        TrainOne();
                    }
                    _dirty = true;
                    break;
                case "addPoint":
                case "removePoint":
                    RequireRun();
                    var edit = type == "addPoint"
                        ? new PointEdit(PointEdit.Add, Number(message!, "x"), Number(message!, "y"), Label(message!))
                        : _run!.EditRemovingNearest(Number(message!, "x"), Number(message!, "y"));
                    _run!.ApplyLive(edit);
                    _dirty = true;
                    await SendAsync(FrameBuilder.State(_run), token);
                    break;
                case "invalid JSON":
                    throw new LessonException("Повідомлення — не коректний JSON.", "The message is not valid JSON.");
                case "duplicate key":
                    throw new LessonException("У повідомленні один ключ названо двічі.", "The message names a key twice.");
                default:
                    throw new LessonException($"Невідомий тип повідомлення «{type}».", $"Unknown message type '{type}'.");
            }
        }
        catch (LessonException e)
        {
            await SendAsync(FrameBuilder.Error(e), token);
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

    private void RequireRun()
    {
        if (_run is null)
        {
            throw new LessonException("Спершу надішліть налаштування (configure).", "Send the settings (configure) first.");
        }
    }

    /// <summary>The message as JSON; a key named twice becomes the "duplicate key" message (valid JSON otherwise).</summary>
    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text, null, Strict);
        }
        catch (JsonException)
        {
            JsonNode.Parse(text); // throws again when the text is not JSON at all
            return new JsonObject { ["type"] = "duplicate key" };
        }
    }

    /// <summary>A point's class: exactly 0 or 1 (0.5 and 1.9 were cut to 0 and 1; inside settings.edits they were refused).</summary>
    private static int Label(JsonNode message)
    {
        var label = Number(message, "label");
        return label is 0 or 1 ? (int)label : throw new LessonException(
            $"Клас точки має бути 0 або 1 (задано {label.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')}).",
            $"A point's class must be 0 or 1 (got {label.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}).");
    }

    private static double Number(JsonNode message, string name)
    {
        try
        {
            return message[name]?.GetValue<double>() ?? throw new LessonException(
                $"Повідомленню потрібне число «{name}».",
                $"The message needs a number '{name}'.");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new LessonException($"«{name}» має бути числом.", $"'{name}' must be a number.");
        }
    }

    /// <summary>Reads whole messages into the inbox; a message above the size cap closes the session.</summary>
    private async Task ReceiveAsync(ChannelWriter<JsonNode?> inbox, CancellationToken token)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (!token.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, result.Count);
                if (message.Length > PlaygroundLimits.MaxMessageBytes)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too large", CancellationToken.None);
                    break;
                }
                if (!result.EndOfMessage)
                {
                    continue;
                }
                JsonNode? node;
                try
                {
                    // A key named twice ({"type":"configure","type":"play"}) is invalid JSON here: JsonObject threw on it
                    // later, outside every handler, and the session died with close code 1006 (probe G12).
                    node = Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }
                catch (JsonException)
                {
                    node = new JsonObject { ["type"] = "invalid JSON" };
                }
                message.SetLength(0);
                await inbox.WriteAsync(node, token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed or stopping.
        }
        finally
        {
            inbox.TryComplete();
        }
    }

    private async Task SendAsync(JsonObject message, CancellationToken token)
    {
        if (socket.State != WebSocketState.Open)
        {
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        // A page that does not read fills the socket's buffers and the send waits; past the limit the socket is
        // aborted (cancelling a WebSocket send aborts it) and the session ends, freeing its place (probe G2).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(token);
        limit.CancelAfter(PlaygroundLimits.SendTimeout);
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, limit.Token);
    }

    private async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                // Output only: the receive loop (still running) reads the page's answer.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, stopping.IsCancellationRequested ? "server stopping" : "bye", timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
