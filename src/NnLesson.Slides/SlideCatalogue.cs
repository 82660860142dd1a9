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
        SlideEntry.Of(Slide3PerceptronGate.Recipe, new("Перцептрон: логічні функції AND, OR і чому не XOR", "Perceptron: AND, OR and why not XOR"), NoOptions.Value),
        SlideEntry.Of(Slide4MlpForward.Recipe, new("Багатошаровий перцептрон 2→8→1: прямий прохід", "MLP 2→8→1: the forward pass"), NoOptions.Value),
        SlideEntry.Of(Slide5Activations.Recipe, new("Функції активації та їхні похідні", "Activation functions and their derivatives"), NoOptions.Value),
        new(Slide5TrainGd.Id, new("Навчання MLP: зворотне поширення і градієнтний спуск", "Training an MLP: backpropagation and gradient descent"),
            Slide5TrainGd.FigureFiles, c => Slide5TrainGd.Run(c, Slide5TrainOptions.Default), c => RecipeRun.Computed(Slide5TrainGd.Recipe, c, Slide5TrainOptions.Default)),
        SlideEntry.Of(Slide6CnnInference.Recipe, new("Попередньо навчена CNN класифікує фото", "A pretrained CNN classifies a photo"), Slide6Options.Default),
        SlideEntry.Of(Slide7InsideCnn.Recipe, new("Усередині CNN: ResNet-18, обчислена з нуля", "Inside the CNN: ResNet-18 computed from scratch"), Slide7Options.Default),
        SlideEntry.Of(Slide8PipelineExplain.Recipe, new("Конвеєр класифікації зображень", "The image-classification pipeline"), Slide8Options.Default),
        new(TeachLesson.Id, new("Навчання власних класів: заморожена ResNet-18 і голова з нуля", "Teaching your own classes: a frozen ResNet-18 and a head from scratch"),
            TeachLesson.FigureFiles, TeachLesson.RunIfDataFound, TeachLesson.ComputedIfDataFound), // `all` runs it when a data set is found
        new(TrainCnnLesson.Id, new("CNN вчиться бачити: LeNet з нуля на Fashion-MNIST", "A CNN learns to see: LeNet trained from scratch on Fashion-MNIST"),
            TrainCnnLesson.FigureFiles, TrainCnnLesson.RunIfDataFound, TrainCnnLesson.ComputedIfDataFound), // `all`: a short run, or a one-line note without the data set
    ];

    public static SlideEntry Get(string id) =>
        All.FirstOrDefault(e => e.Id == id) ?? throw new ArgumentException($"No slide '{id}'.", nameof(id));
}
