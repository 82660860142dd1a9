using NnLesson.Figures;

namespace NnLesson.Playground.Cnn;

/// <summary>A command the CNN page may not give, with the reason in both languages; answered as one "error" message, never fatal.</summary>
internal sealed class CnnRejection(Localized reason) : Exception(reason.En)
{
    public Localized Reason { get; } = reason;

    public CnnRejection(string uk, string en) : this(new Localized(uk, en))
    {
    }
}
