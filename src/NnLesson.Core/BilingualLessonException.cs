namespace NnLesson.Core;

/// <summary>
/// A <see cref="LessonException"/> whose one line exists in both languages: the command line prints
/// <see cref="Uk"/> by default and <see cref="En"/> with <c>--lang en</c>. <see cref="Exception.Message"/> is the
/// English line, so code and tests that read the message see what they saw before. It is for layers below the
/// one that knows the run's language (Core, Files, Vision have no <c>Lang</c>).
/// </summary>
public class BilingualLessonException : LessonException
{
    public BilingualLessonException(string uk, string en) : base(en)
    {
        Uk = uk;
    }

    public BilingualLessonException(string uk, string en, Exception inner) : base(en, inner)
    {
        Uk = uk;
    }

    public string Uk { get; }

    public string En => Message;

    /// <summary>The line to print: <see cref="Uk"/> or <see cref="En"/> for a bilingual exception, its message otherwise.</summary>
    public static string LineOf(Exception e, bool ukrainian) =>
        e is BilingualLessonException b && ukrainian ? b.Uk : e.Message;
}
