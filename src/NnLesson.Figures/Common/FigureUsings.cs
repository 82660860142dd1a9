// What nearly every figure uses, named once here instead of at the top of each figure: SkiaSharp's canvas and colours,
// the one canvas (SlideCanvas, SlideSurface) and its helpers, the output (SavedFigure, PngOutput), the style
// (LessonColors, FigureTheme, fonts) and the number text (NumberText, uk decimal comma).
// The run's language (Lang, Localized, lang.Text, UkrainianPlural) from NnLesson.Language, below every project that shows text.
global using NnLesson.Language;
global using NnLesson.Figures.Common;
global using NnLesson.Figures.Output;
global using NnLesson.Figures.Style;
global using NnLesson.Figures.Text;
global using SkiaSharp;
