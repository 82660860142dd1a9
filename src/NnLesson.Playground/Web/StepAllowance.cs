using System.Diagnostics;
using NnLesson.Playground.Model;

namespace NnLesson.Playground.Web;

/// <summary>
/// How much one session may train, whoever asks for the epochs (play or single steps): a token bucket of
/// <see cref="PlaygroundLimits.MaxStepsPerSecond"/> epochs per second, and a number of seconds of training accrued at
/// the session's share of the server's <see cref="TrainingBudget"/> (negative: a debt, after an epoch that took longer).
/// </summary>
internal sealed class StepAllowance(TrainingBudget budget)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastTick;
    private double _tokens = PlaygroundLimits.MaxStepsPerSecond;
    private double _seconds = TrainingBudget.MaxAllowance;
    private bool _playing;

    /// <summary>Whether play is on; a change joins or leaves the server's budget.</summary>
    public bool Playing
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

    /// <summary>Whether one more epoch may run now.</summary>
    public bool CanStep => _tokens >= 1 && _seconds > 0;

    /// <summary>Adds what the time since the last call earned; returns those seconds (play owes epochs for them).</summary>
    public double Accrue()
    {
        var now = _clock.Elapsed;
        var seconds = (now - _lastTick).TotalSeconds;
        _lastTick = now;
        _tokens = Math.Min(PlaygroundLimits.MaxStepsPerSecond, _tokens + seconds * PlaygroundLimits.MaxStepsPerSecond);
        _seconds = budget.Accrue(_seconds, seconds, Playing);
        return seconds;
    }

    /// <summary>Runs one epoch and charges its wall time and one token.</summary>
    public void Spend(Action epoch)
    {
        var started = Stopwatch.GetTimestamp();
        epoch();
        _seconds = TrainingBudget.Charge(_seconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
        _tokens--;
    }
}
