using System.Diagnostics;
using NnLesson.Playground.Web;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// How much a CNN session may train now: its share of the server's <see cref="TrainingBudget"/> (the same one the MLP
/// pages share: every playing page, of either kind, counts once) spent as an allowance of core-seconds, and a token bucket
/// of <see cref="CnnLimits.MaxStepsPerSecond"/> units a second. The session trains on one thread, so wall time is core time.
/// </summary>
internal sealed class CnnPacer(TrainingBudget budget)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private double _allowance = TrainingBudget.MaxAllowance;
    private double _tokens = CnnLimits.MaxStepsPerSecond;
    private bool _playing;

    /// <summary>Whether this session counts among the budget's playing ones; set on every change (and false when it ends).</summary>
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

    /// <summary>Saves up what the time since the last call earned (capped at one frame's worth).</summary>
    public void Accrue()
    {
        var now = _clock.Elapsed;
        var seconds = (now - _last).TotalSeconds;
        _last = now;
        _tokens = Math.Min(CnnLimits.MaxStepsPerSecond, _tokens + seconds * CnnLimits.MaxStepsPerSecond);
        _allowance = budget.Accrue(_allowance, seconds, _playing);
    }

    /// <summary>Play trains only on what is saved up.</summary>
    public bool MayWork => _tokens >= 1 && _allowance > 0;

    /// <summary>
    /// A single step the lecturer asked for may go into debt (paid off later at the session's share), up to
    /// <see cref="TrainingBudget.MaxDebt"/>: a click always shows its batch, while clicking fast cannot take more than the share.
    /// </summary>
    public bool MayStep => _tokens >= 1 && _allowance > -TrainingBudget.MaxDebt;

    /// <summary>Runs one unit of work and charges its time; false when the run had nothing to do.</summary>
    public bool Spend(Func<bool> work)
    {
        var started = Stopwatch.GetTimestamp();
        var worked = work();
        _allowance = TrainingBudget.Charge(_allowance, Stopwatch.GetElapsedTime(started).TotalSeconds);
        _tokens--;
        return worked;
    }
}
