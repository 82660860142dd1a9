using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

namespace NnLesson.Playground.Teach;

/// <summary>
/// How the head is trained: full-batch steps, η, λ, the held-out share (when no photo is marked validation) and the
/// seed of the split and of the initial weights. <see cref="Default"/> is <c>nnlesson teach</c>'s defaults exactly.
/// </summary>
public sealed record TeachSettings(int Epochs, double LearningRate, double L2, double ValidationFraction, int Seed)
{
    public static readonly TeachSettings Default = new(TeachOptions.Default.Epochs, TeachOptions.Default.LearningRate, TeachOptions.Default.L2,
        TeachOptions.Default.ValidationFraction, SlideContext.DefaultSeed);

    /// <exception cref="TeachRejection">A value outside the page's caps.</exception>
    public void Validate()
    {
        if (Epochs is < 1 or > TeachLimits.MaxEpochs)
        {
            throw new TeachRejection($"Епох має бути від 1 до {TeachLimits.MaxEpochs}.", $"Epochs must be between 1 and {TeachLimits.MaxEpochs}.");
        }
        if (!(LearningRate > 0 && LearningRate <= TeachLimits.MaxLearningRate))
        {
            throw new TeachRejection($"Швидкість навчання η має бути в (0; {TeachLimits.MaxLearningRate}].", $"The learning rate η must be in (0, {TeachLimits.MaxLearningRate}].");
        }
        if (!(L2 >= 0 && L2 <= TeachLimits.MaxL2))
        {
            throw new TeachRejection($"λ має бути в [0; {TeachLimits.MaxL2}].", $"λ must be in [0, {TeachLimits.MaxL2}].");
        }
        if (!(ValidationFraction >= TeachLimits.MinValidationFraction && ValidationFraction <= TeachLimits.MaxValidationFraction))
        {
            throw new TeachRejection("Частка валідації має бути від 0,05 до 0,5.", "The validation share must be between 0.05 and 0.5.");
        }
    }
}
