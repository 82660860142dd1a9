namespace NnLesson.Vision.Transfer;

/// <summary>Which part of a data set a photo belongs to: given by a <c>train/</c> or <c>val/</c> folder, or not yet decided (split later by seed).</summary>
public enum PhotoSubset
{
    Unassigned,
    Train,
    Validation,
}

/// <summary>One photo file of a data set: its path, its class (index into the data set's class names) and its subset.</summary>
public sealed record LabelledPhoto(string Path, int Class, PhotoSubset Subset);
