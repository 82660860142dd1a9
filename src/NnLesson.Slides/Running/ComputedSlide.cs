namespace NnLesson.Slides.Running;

/// <summary>
/// A slide whose computation is done and held: calling it shows the slide (console report, figures, files in the
/// output folder) and returns what it produced. Made by a slide's compute step, which touches neither the console
/// nor the output folder, so <see cref="LessonRun.ExecuteAhead"/> can compute the next slides on another thread
/// while this one is shown.
/// </summary>
public delegate SlideOutcome ComputedSlide();
