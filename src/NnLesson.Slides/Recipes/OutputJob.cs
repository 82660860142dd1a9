using NnLesson.Figures;

namespace NnLesson.Slides.Recipes;

/// <summary>
/// A file a slide writes that is not a figure (teach's <c>head.json</c>): its name, how to write it at a path in the
/// output folder (atomically, like figures), and the line that tells the audience what it is for, once written.
/// <see cref="RecipeRun"/> writes these after the figures.
/// </summary>
public sealed record OutputJob(string FileName, Action<string> Write, Func<string, Lang, string>? SavedLine = null);
