using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Slide7;
using NnLesson.Slides.Running;
using NnLesson.Vision.Models;

namespace NnLesson.Slides.Lessons;

/// <summary>
/// Slide 7's animation, <c>slide7_convolution.gif</c>: a 3×3 kernel sliding over a grey crop of the sample
/// photo while the output map fills (numbers from <see cref="ConvolutionExample"/>). Without the sample
/// photo (no repository around, e.g. an installed tool) it says so and writes nothing.
/// </summary>
public static class Slide7ConvolutionAnimation
{
    public const string Id = "slide7-convolution";

    public static readonly IReadOnlyList<string> FigureFiles = [ConvolutionAnimationFigure.FileName];

    public static SlideOutcome Run(SlideContext context)
    {
        string photo;
        try
        {
            photo = RepoLocator.PhotoOrSample(null);
        }
        catch (LessonException e)
        {
            context.Reporter.Warning(context.Lang == Lang.Uk
                ? $"Анімацію згортки пропущено: {e.Message}"
                : $"Convolution animation skipped: {e.Message}");
            return new SlideOutcome(Id, []);
        }
        var data = ConvolutionExample.FromPhoto(photo);
        var figure = ConvolutionAnimationFigure.Save(data, context.Lang, AnimationSize.For(context.Size), context.OutputPath(ConvolutionAnimationFigure.FileName));
        return new SlideOutcome(Id, [figure]);
    }
}
