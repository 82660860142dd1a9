namespace NnLesson.Playground.Web;

/// <summary>
/// The training time of one server, shared by all its sessions. Each session used to train up to 40 ms per 100 ms
/// frame on its own, so 64 sessions asked for about 25 cores, and on a 2-core laptop heavy sessions made a default
/// one many times slower (probe G3; bench/RESULTS-design-notes.md). Now the server trains on at most
/// <see cref="Cores"/> cores' worth of time (half the machine, at least one core), and every playing session's share is
/// <c>min(MaxShare, Cores / playing sessions)</c> core-seconds per second. A session spends its share as an
/// allowance (<see cref="Charge"/>): an epoch that took longer than the allowance leaves a debt that later frames pay
/// off, so a network whose one epoch costs 10 ms trains less often, and a small network never waits for a big one.
/// No session waits for another: a queue for training slots was tried and made a default session wait behind every
/// heavy session's whole epoch; with shares alone it kept its full speed.
/// </summary>
internal sealed class TrainingBudget(int cores)
{
    /// <summary>A session's share when it is alone: 40 ms of training per 100 ms frame, as before.</summary>
    public const double MaxShare = 0.4;

    /// <summary>The most a session may save up while idle (one frame's worth), so no burst exceeds a frame.</summary>
    public const double MaxAllowance = 0.04;

    /// <summary>The largest debt a session carries (a slow epoch still trains again within about a second of its share).</summary>
    public const double MaxDebt = 1.0;

    private int _playing;

    /// <summary>Half the cores of this machine, at least one: the rest serve pages, frames and other programs.</summary>
    public static TrainingBudget ForThisMachine() => new(Math.Max(1, Environment.ProcessorCount / 2));

    public int Cores { get; } = cores;

    public int Playing => Volatile.Read(ref _playing);

    /// <summary>Counts a session as playing (training every frame) or not; call on each change.</summary>
    public void SetPlaying(bool playing)
    {
        if (playing)
        {
            Interlocked.Increment(ref _playing);
        }
        else
        {
            Interlocked.Decrement(ref _playing);
        }
    }

    /// <summary>Core-seconds per second one session may train: its fair share, counting itself among the playing ones.</summary>
    public double ShareOf(bool countedAsPlaying) =>
        Math.Min(MaxShare, (double)Cores / Math.Max(1, Playing + (countedAsPlaying ? 0 : 1)));

    /// <summary>The allowance after <paramref name="seconds"/> of wall time: saved up at the session's share, capped.</summary>
    public double Accrue(double allowance, double seconds, bool countedAsPlaying) =>
        Math.Min(MaxAllowance, allowance + seconds * ShareOf(countedAsPlaying));

    /// <summary>The allowance after training for <paramref name="spent"/> seconds (negative = a debt, at most <see cref="MaxDebt"/>).</summary>
    public static double Charge(double allowance, double spent) => Math.Max(-MaxDebt, allowance - spent);
}
