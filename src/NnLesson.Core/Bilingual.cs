namespace NnLesson.Core;

/// <summary>
/// A <see cref="LessonException"/> whose one line exists in both languages, for layers below the one that knows the
/// run's language (Core, Files, Vision have no <c>Lang</c>): <see cref="Exception.Message"/> is the English line (so
/// code and tests that read the message see English, and the exception is a plain LessonException), and the
/// Ukrainian line rides in <see cref="Exception.Data"/>. The command line prints it with <see cref="LineOf"/>:
/// Ukrainian by default, English with <c>--lang en</c>.
/// </summary>
public static class Bilingual
{
    private const string UkrainianKey = "nnlesson.uk";

    public static LessonException Error(string uk, string en, Exception? inner = null)
    {
        var e = inner is null ? new LessonException(en) : new LessonException(en, inner);
        e.Data[UkrainianKey] = uk;
        return e;
    }

    /// <summary>The line to print: the Ukrainian one when asked for and present, else the message.</summary>
    public static string LineOf(Exception e, bool ukrainian) =>
        ukrainian && e.Data[UkrainianKey] is string uk ? uk : e.Message;
}
