using NnLesson.Language;

namespace NnLesson.Core;

/// <summary>
/// An error the user caused or can fix (a missing photo, a bad option value, an unwritable folder).
/// The command line prints it as one line, without a stack trace, and exits with code 1, in the run's language
/// (<see cref="MessageIn(Lang)"/>). Every message is written in both languages, Ukrainian first
/// (<c>new LessonException("uk …", "en …")</c>, as <c>lang.Text("uk", "en")</c> everywhere else): there is no
/// English-only constructor, so an error a Ukrainian room would read in English does not compile.
/// Messages are written to be read by a lecturer in front of a class.
/// </summary>
public class LessonException : Exception
{
    public LessonException(string ukrainian, string english, Exception? inner = null) : base(english, inner) => Ukrainian = ukrainian;

    public LessonException(Localized message, Exception? inner = null) : this(message.Uk, message.En, inner) { }

    /// <summary>The Ukrainian message (<see cref="Exception.Message"/> is the English one).</summary>
    public string Ukrainian { get; }

    /// <summary>The message in the run's language.</summary>
    public string MessageIn(Lang lang) => new Localized(Ukrainian, Message).For(lang);

    /// <summary>The message for a run in Ukrainian (<paramref name="ukrainian"/> true) or English.</summary>
    public string MessageIn(bool ukrainian) => MessageIn(ukrainian ? Lang.Uk : Lang.En);
}
