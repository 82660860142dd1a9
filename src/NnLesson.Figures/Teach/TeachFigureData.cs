using NnLesson.Core.Training;
using NnLesson.Vision.Images;

namespace NnLesson.Figures.Teach;

/// <summary>One validation photo as the figures show it: the network's 224×224 view, its true and predicted class and the probability of the prediction.</summary>
public sealed record ValidationPhoto(string Name, RgbImage Crop, int TrueClass, int PredictedClass, double Probability)
{
    public bool Correct => TrueClass == PredictedClass;
}

/// <summary>teach_curves.png: cross-entropy and accuracy per epoch ([epochs + 1] each) of the head; <c>Classes</c> gives the ln K chance line.</summary>
public sealed record TeachCurvesData(TrainingHistory History, int Classes, double LearningRate, double L2);

/// <summary>teach_confusion.png: Counts[true, predicted] over the validation photos, with the class names.</summary>
public sealed record ConfusionData(IReadOnlyList<string> Classes, int[,] Counts)
{
    public int Total => Counts.Cast<int>().Sum();

    public int Correct => Enumerable.Range(0, Classes.Count).Sum(k => Counts[k, k]);
}

/// <summary>teach_map.png: every photo's features projected on the first two principal components; Validation marks the validation photos.</summary>
public sealed record FeatureMapData(IReadOnlyList<string> Classes, double[] X, double[] Y, int[] Labels, bool[] Validation, double[] ExplainedRatio);

/// <summary>One panel of teach_cam.png: a validation photo, its class activation map M: [Height, Width] for the predicted class.</summary>
public sealed record CamPanel(ValidationPhoto Photo, float[] Map, int Height, int Width);
