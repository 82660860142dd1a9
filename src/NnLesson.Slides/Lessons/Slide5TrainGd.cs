using NnLesson.Core.Datasets;
using NnLesson.Slides.Running;

namespace NnLesson.Slides.Lessons;

/// <summary>Options of the training demo; <see cref="Default"/> is what the slide promises results for.</summary>
public sealed record Slide5TrainOptions(int Epochs, double LearningRate, int Hidden, int Samples, double Noise, DatasetKind Dataset)
{
    public static readonly Slide5TrainOptions Default = new(Epochs: 2000, LearningRate: 0.5, Hidden: 16, Samples: 1000, Noise: 0.2, Dataset: DatasetKind.Moons);
}

/// <summary>Slide 5: training an MLP from scratch with backpropagation and gradient descent. (Placeholder: being built.)</summary>
public static class Slide5TrainGd
{
    public const string Id = "slide5-train";

    public static readonly IReadOnlyList<string> FigureFiles = ["slide5_loss.png", "slide5_boundary_trained.png"];

    public static SlideOutcome Run(SlideContext context, Slide5TrainOptions options) => throw new NotImplementedException("slide5-train is being built");
}
