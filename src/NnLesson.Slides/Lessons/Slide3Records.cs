using System.Text.Json.Serialization;
using NnLesson.Core.Perceptrons;

namespace NnLesson.Slides.Lessons;

/// <summary>What slide 3 computed: the seeded starting perceptron and its training on each gate of <see cref="LogicGates.All"/>.</summary>
public sealed record Slide3Result(Perceptron Start, IReadOnlyList<PerceptronTrainingResult> Gates);

/// <summary>manifest.json's <c>metrics.slide3</c>: one object per gate, under the gate's name as the lecture writes it.</summary>
public sealed record Slide3Metrics(
    [property: JsonPropertyName("AND")] Slide3GateMetrics And,
    [property: JsonPropertyName("OR")] Slide3GateMetrics Or,
    [property: JsonPropertyName("XOR")] Slide3GateMetrics Xor);

/// <summary>One gate's training: converged, epochs, the final w1, w2, bias, errors_per_epoch, misclassified_by_final_weights.</summary>
public sealed record Slide3GateMetrics(
    bool Converged, int Epochs, double W1, double W2, double Bias, int[] ErrorsPerEpoch, int MisclassifiedByFinalWeights);

/// <summary>manifest.json's <c>parameters.slide3</c>: learning_rate, max_epochs, initialisation, initial_weights.</summary>
public sealed record Slide3Parameters(double LearningRate, int MaxEpochs, string Initialisation, Slide3Weights InitialWeights);

/// <summary>A perceptron's w1, w2 and bias.</summary>
public sealed record Slide3Weights(double W1, double W2, double Bias);
