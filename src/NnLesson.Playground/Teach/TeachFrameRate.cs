using System.Diagnostics;

namespace NnLesson.Playground.Teach;

/// <summary>
/// A token bucket for one session's webcam frames: it refills at <see cref="TeachLimits.MaxPredictionsPerSecond"/> a second
/// and holds at most that many, so a page may burst briefly but not keep the shared network for itself.
/// </summary>
internal sealed class TeachFrameRate
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens = TeachLimits.MaxPredictionsPerSecond;
    private TimeSpan _lastTick;

    /// <summary>Takes a token when there is one (tokens = min(max, tokens + elapsed·rate)).</summary>
    public bool TryTake()
    {
        var now = _clock.Elapsed;
        _tokens = Math.Min(TeachLimits.MaxPredictionsPerSecond, _tokens + (now - _lastTick).TotalSeconds * TeachLimits.MaxPredictionsPerSecond);
        _lastTick = now;
        if (_tokens < 1)
        {
            return false;
        }
        _tokens--;
        return true;
    }
}
