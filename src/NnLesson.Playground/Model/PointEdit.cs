namespace NnLesson.Playground.Model;

/// <summary>
/// One click on the plane, replayed in order after the data are drawn from the seed:
/// <c>add</c> puts (X, Y) with <see cref="Label"/> into the training points; <c>remove</c> takes away the point
/// at <see cref="Index"/> of the training (<see cref="Validation"/> false) or validation list as it is at that moment.
/// </summary>
public sealed record PointEdit(string Op, double X = 0, double Y = 0, int Label = 0, bool Validation = false, int Index = 0)
{
    public const string Add = "add";
    public const string Remove = "remove";
}
