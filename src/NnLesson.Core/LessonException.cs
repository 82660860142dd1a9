namespace NnLesson.Core;

/// <summary>
/// An error the user caused or can fix (a missing photo, a bad option value, an unwritable folder).
/// The command line prints <see cref="Exception.Message"/> as one line, without a stack trace,
/// and exits with code 1. Messages are written to be read by a lecturer in front of a class.
/// </summary>
public class LessonException : Exception
{
    public LessonException(string message) : base(message) { }

    public LessonException(string message, Exception inner) : base(message, inner) { }
}
