using System.Text.Json.Serialization;

namespace NnLesson.Playground.Protocol;

/// <summary>
/// What the MLP page sends over its WebSocket, one JSON object per message, told apart by <c>"type"</c>
/// (System.Text.Json's polymorphism; the names are the page's, see <c>wwwroot/app.js</c>'s <c>send</c> calls).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ConfigureMessage), "configure")]
[JsonDerivedType(typeof(ResetMessage), "reset")]
[JsonDerivedType(typeof(PlayMessage), "play")]
[JsonDerivedType(typeof(PauseMessage), "pause")]
[JsonDerivedType(typeof(StepMessage), "step")]
[JsonDerivedType(typeof(AddPointMessage), "addPoint")]
[JsonDerivedType(typeof(RemovePointMessage), "removePoint")]
internal abstract record ClientMessage
{
    /// <summary>The <c>"type"</c> names above, for a clear answer to an unknown one.</summary>
    public static readonly IReadOnlySet<string> Types =
        new HashSet<string>(StringComparer.Ordinal) { "configure", "reset", "play", "pause", "step", "addPoint", "removePoint" };
}

/// <summary>New settings: a new run, or — when only η, batch, λ or speed changed — the same run going on.</summary>
internal sealed record ConfigureMessage(SettingsMessage? Settings) : ClientMessage;

/// <summary>The same settings from the start (new initial weights from the same seed: the same as the first time).</summary>
internal sealed record ResetMessage : ClientMessage;

internal sealed record PlayMessage : ClientMessage;

internal sealed record PauseMessage : ClientMessage;

/// <summary>One epoch, then pause.</summary>
internal sealed record StepMessage : ClientMessage;

/// <summary>
/// A click: a training point of class <see cref="Label"/> (0 or 1) at (X, Y). Nullable so that a missing field is
/// named in the answer rather than read as 0; Label a number so that 0.5 can be refused by name.
/// </summary>
internal sealed record AddPointMessage(double? X, double? Y, double? Label) : ClientMessage;

/// <summary>A click with the eraser: the point nearest (X, Y) goes.</summary>
internal sealed record RemovePointMessage(double? X, double? Y) : ClientMessage;
