namespace NnLesson.Vision.Classification;

/// <summary>One class of the colour fallback: an English name and a typical sRGB colour for it.</summary>
public sealed record ColorClass(string Name, byte R, byte G, byte B);
