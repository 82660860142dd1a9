namespace NnLesson.Playground.Model;

/// <summary>
/// The playground's caps, on top of the CLI's rules (<see cref="Core.Training.TrainingLimits"/>):
/// one server trains for a whole classroom, so every session is kept small enough to stay live.
/// </summary>
internal static class PlaygroundLimits
{
    public const int MinPoints = 10;       // the CLI's --samples minimum
    public const int MaxPoints = 2000;
    public const int MaxLayers = 4;
    public const int MaxUnits = 16;
    public const double MaxNoise = 1.0;
    public const double MaxLearningRate = 10.0;
    public const double MaxL2 = 1.0;
    public const double MinValidationFraction = 0.1;
    public const double MaxValidationFraction = 0.5;

    /// <summary>Epochs per second a session may train, whether by play or by single steps.</summary>
    public const int MaxStepsPerSecond = 200;

    /// <summary>Clicked points (added or removed) a session may carry.</summary>
    public const int MaxEdits = 300;

    /// <summary>Sessions (open WebSockets) the server keeps at once; more are refused with 503.</summary>
    public const int MaxSessions = 64;

    /// <summary>
    /// Sessions one client (one IP address) may hold at once: a student opens a few tabs, but one client could
    /// otherwise take all <see cref="MaxSessions"/> and lock the classroom out (probe G2). Beyond it: 503.
    /// </summary>
    public const int MaxSessionsPerClient = 8;

    /// <summary>A send to a page that waits longer than this (the page stopped reading) ends its session.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The server pings every page this often, and drops one that has not answered within <see cref="KeepAliveTimeout"/>.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A client message larger than this closes the session (settings with 300 edits fit in ~20 KB).</summary>
    public const int MaxMessageBytes = 64 * 1024;
}
