using System.Text.Json.Serialization;

namespace NnLesson.Playground.Cnn;

/// <summary>
/// What the CNN page sends (JSON, the kind in "type"): configure the run, play, pause, one step, reset, choose the test
/// image whose feature maps are shown. System.Text.Json picks the record by "type"; an unknown type, a missing field, a
/// field the record lacks or a key named twice is refused before any of it is used.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ConfigureCommand), "configure")]
[JsonDerivedType(typeof(PlayCommand), "play")]
[JsonDerivedType(typeof(PauseCommand), "pause")]
[JsonDerivedType(typeof(StepCommand), "step")]
[JsonDerivedType(typeof(ResetCommand), "reset")]
[JsonDerivedType(typeof(SelectCommand), "select")]
internal abstract record CnnCommand;

/// <summary>New settings: η and B change the running network; other filters or another seed start a new one.</summary>
internal sealed record ConfigureCommand(CnnSettings Settings) : CnnCommand;

internal sealed record PlayCommand : CnnCommand;

internal sealed record PauseCommand : CnnCommand;

/// <summary>One batch (play pauses).</summary>
internal sealed record StepCommand : CnnCommand;

/// <summary>The same settings from the initial weights again.</summary>
internal sealed record ResetCommand : CnnCommand;

/// <summary>Show the feature maps of grid image <paramref name="Image"/> (0 … <see cref="CnnLimits.GridImages"/> − 1).</summary>
internal sealed record SelectCommand(int Image) : CnnCommand;
