using NnLesson.Figures;

namespace NnLesson.Playground.Teach;

/// <summary>
/// Why a file or a command was refused, in both languages: the page shows the one it is in (and can switch
/// language without asking the server again). Thrown inside a session, answered as one message, never fatal.
/// </summary>
public sealed class TeachRejection(Localized reason) : Exception(reason.En)
{
    public Localized Reason { get; } = reason;

    public TeachRejection(string uk, string en) : this(new Localized(uk, en))
    {
    }
}
