namespace NnLesson.Core;

/// <summary>
/// An error the user caused or can fix (a missing photo, a bad option value, an unwritable folder).
/// The command line prints it as one line, without a stack trace, and exits with code 1, in the run's language:
/// <see cref="Ukrainian"/> when the message has one (<c>new LessonException("uk …", "en …")</c>), else the English
/// <see cref="Exception.Message"/>. Messages are written to be read by a lecturer in front of a class.
/// </summary>
public class LessonException : Exception
{
    public LessonException(string message) : base(message) { }

    public LessonException(string message, Exception inner) : base(message, inner) { }

    /// <summary>A message in both languages, Ukrainian first (as <c>lang.Text("uk", "en")</c> everywhere else).</summary>
    public LessonException(string ukrainian, string english, Exception? inner = null) : base(english, inner) => Ukrainian = ukrainian;

    /// <summary>The Ukrainian message, or null when the message is English only.</summary>
    public string? Ukrainian { get; }

    /// <summary>The message for a run in Ukrainian (<paramref name="ukrainian"/> true) or English.</summary>
    public string MessageIn(bool ukrainian) => ukrainian && Ukrainian is { } uk ? uk : Message;
}
