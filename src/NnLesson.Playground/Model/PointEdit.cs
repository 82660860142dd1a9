namespace NnLesson.Playground.Model;

/// <summary>What a click on the plane did.</summary>
public enum PointEditKind
{
    /// <summary>Put a new training point at (X, Y) with <see cref="PointEdit.Label"/>.</summary>
    Add,

    /// <summary>Take away the point at <see cref="PointEdit.Index"/> of the training or validation list.</summary>
    Remove,
}

/// <summary>
/// One click on the plane, replayed in order after the data are drawn from the seed: <see cref="PointEditKind.Add"/>
/// puts (X, Y) with <see cref="Label"/> into the training points; <see cref="PointEditKind.Remove"/> takes away the
/// point at <see cref="Index"/> of the training (<see cref="Validation"/> false) or validation list as it is at that moment.
/// </summary>
public sealed record PointEdit(PointEditKind Op, double X = 0, double Y = 0, int Label = 0, bool Validation = false, int Index = 0);
