using NnLesson.Figures;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Running;

namespace NnLesson.Slides;

/// <summary>Every slide of the lecture in order: the one list that `nnlesson all` and the figure tests walk.</summary>
public static class SlideCatalogue
{
    public static readonly IReadOnlyList<SlideEntry> All =
    [
        new(Slide3PerceptronGate.Id, new("Перцептрон: логічні функції AND, OR і чому не XOR", "Perceptron: AND, OR and why not XOR"),
            Slide3PerceptronGate.FigureFiles, Slide3PerceptronGate.Run),
        new(Slide4MlpForward.Id, new("Багатошаровий перцептрон 2→8→1: прямий прохід", "MLP 2→8→1: the forward pass"),
            Slide4MlpForward.FigureFiles, Slide4MlpForward.Run),
        new(Slide5Activations.Id, new("Функції активації та їхні похідні", "Activation functions and their derivatives"),
            Slide5Activations.FigureFiles, Slide5Activations.Run),
        new(Slide5TrainGd.Id, new("Навчання MLP: зворотне поширення і градієнтний спуск", "Training an MLP: backpropagation and gradient descent"),
            Slide5TrainGd.FigureFiles, c => Slide5TrainGd.Run(c, Slide5TrainOptions.Default)),
        new(Slide6CnnInference.Id, new("Попередньо навчена CNN класифікує фото", "A pretrained CNN classifies a photo"),
            Slide6CnnInference.FigureFiles, c => Slide6CnnInference.Run(c, Slide6Options.Default)),
        new(Slide7ConvolutionAnimation.Id, new("Згортка: ядро ковзає по зображенню", "Convolution: a kernel slides over an image"),
            Slide7ConvolutionAnimation.FigureFiles, Slide7ConvolutionAnimation.Run),
        new(Slide8PipelineExplain.Id, new("Конвеєр класифікації зображень", "The image-classification pipeline"),
            Slide8PipelineExplain.FigureFiles, c => Slide8PipelineExplain.Run(c, Slide8Options.Default)),
    ];

    public static SlideEntry Get(string id) =>
        All.FirstOrDefault(e => e.Id == id) ?? throw new ArgumentException($"No slide '{id}'.", nameof(id));
}
