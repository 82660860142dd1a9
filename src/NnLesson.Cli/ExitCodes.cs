namespace NnLesson.Cli;

/// <summary>The exit codes every command promises (documented in the README and --help).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something failed while running: a missing photo, an unwritable folder, a broken model.</summary>
    public const int RuntimeFailure = 1;

    /// <summary>The command line itself was wrong: unknown command or option, a value out of range.</summary>
    public const int InvalidUsage = 2;
}
