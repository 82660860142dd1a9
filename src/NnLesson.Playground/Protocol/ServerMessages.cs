using System.Text.Json.Serialization;

namespace NnLesson.Playground.Protocol;

/// <summary>
/// What the server sends the MLP page, told apart by <c>"type"</c>: the data (<see cref="StateMessage"/>), a drawing
/// after training (<see cref="FrameMessage"/>) and a refusal (<see cref="ErrorMessage"/>). A number that overflowed
/// (η too large) is sent as null: JSON has no ∞ or NaN.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StateMessage), "state")]
[JsonDerivedType(typeof(FrameMessage), "frame")]
[JsonDerivedType(typeof(ErrorMessage), "error")]
internal abstract record ServerMessage;

/// <summary>The settings in force, the plane shown and every point as [x₁, x₂, label]; the network's parameter count.</summary>
internal sealed record StateMessage(SettingsMessage Settings, PlaneMessage Bounds, double[][] Train,
    [property: JsonPropertyName("val")] double[][] Validation, int Parameters) : ServerMessage;

/// <summary>The square of the plane shown: x from XMin, y from YMin, both spanning Size.</summary>
internal sealed record PlaneMessage(double XMin, double YMin, double Size);

/// <summary>
/// One drawing: the epoch, the losses and accuracies (the history from <see cref="HistoryFrom"/> on, which the page has
/// not seen), the output field and each hidden unit's map as base64 bytes (Field: [FieldSize²], Units[l][j]:
/// [UnitSize²], 0…255), the weights and biases per layer, one training point worked through, and the CLI command that
/// reproduces the run with the reasons it cannot, if any.
/// </summary>
internal sealed record FrameMessage(
    int Epoch, bool Playing, bool Diverged, int HistoryFrom,
    double?[] TrainLossHistory, double?[] ValLossHistory, double? TrainLoss, double? ValLoss, double TrainAcc, double ValAcc,
    double? L2Penalty, double?[]? GradNorms,
    int FieldSize, string Field, int UnitSize, string[][] Units,
    double?[][] Weights, double?[][] Biases, SampleMessage Sample,
    string Command, bool CommandExact, string[] CommandDifferences) : ServerMessage;

/// <summary>The first training point (x₁, x₂) with target t through the network: logit z and output y = σ(z).</summary>
internal sealed record SampleMessage(double X1, double X2, int T, double? Z, double? Y);

/// <summary>A refusal, one line in each language; the page shows the one it speaks.</summary>
internal sealed record ErrorMessage(BilingualText Message) : ServerMessage;

/// <summary>One sentence in both languages.</summary>
internal sealed record BilingualText(string Uk, string En);
