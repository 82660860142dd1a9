using NnLesson.Figures;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Recipes;
using NnLesson.Slides.Running;

namespace NnLesson.Slides;

/// <summary>Every slide of the lecture in order: the one list that `nnlesson all` and the figure tests walk.</summary>
public static class SlideCatalogue
{
    public static readonly IReadOnlyList<SlideEntry> All =
    [
        SlideEntry.Of(Slide3PerceptronGate.Recipe, new("Перцептрон: логічні функції AND, OR і чому не вдається XOR", "Perceptron: AND, OR and why not XOR"), NoOptions.Value),
        SlideEntry.Of(Slide4MlpForward.Recipe, new("Багатошаровий перцептрон 2→8→1: прямий прохід", "MLP 2→8→1: the forward pass"), NoOptions.Value),
        SlideEntry.Of(Slide5Activations.Recipe, new("Функції активації та їхні похідні", "Activation functions and their derivatives"), NoOptions.Value),
        SlideEntry.Of(Slide5TrainGd.Recipe, new("Навчання MLP: зворотне поширення і градієнтний спуск", "Training an MLP: backpropagation and gradient descent"),
            Slide5TrainOptions.Default),
        SlideEntry.Of(Slide6CnnInference.Recipe, new("Попередньо навчена CNN класифікує фото", "A pretrained CNN classifies a photo"), Slide6Options.Default),
        SlideEntry.Of(Slide7InsideCnn.Recipe, new("Усередині CNN: ResNet-18, обчислена з нуля", "Inside the CNN: ResNet-18 computed from scratch"), Slide7Options.Default),
        SlideEntry.Of(Slide8PipelineExplain.Recipe, new("Конвеєр класифікації зображень", "The image-classification pipeline"), Slide8Options.Default),
        SlideEntry.Of(TeachLesson.Recipe, new("Власні класи: заморожена ResNet-18 і нова голова, навчена з нуля", "Teaching your own classes: a frozen ResNet-18 and a head from scratch"),
            TeachOptions.Default), // no data folder: `all` looks for a data set, and skips teach with a notice without one
        SlideEntry.Of(TrainCnnLesson.Recipe, new("CNN вчиться бачити: LeNet з нуля на Fashion-MNIST", "A CNN learns to see: LeNet trained from scratch on Fashion-MNIST"),
            TrainCnnOptions.ShortRun), // `all`: a short run on the Fashion-MNIST it finds, or a one-line note without it
    ];

    public static SlideEntry Get(string id) =>
        All.FirstOrDefault(e => e.Id == id) ?? throw new ArgumentException($"No slide '{id}'.", nameof(id));
}
