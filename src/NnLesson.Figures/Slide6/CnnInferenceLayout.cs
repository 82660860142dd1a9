namespace NnLesson.Figures.Slide6;

/// <summary>Where the slide 6 figure put things, in figure pixels: the photo, and the filled part of each bar (top-1 first).</summary>
public sealed record CnnInferenceLayout(SKRect Photo, IReadOnlyList<SKRect> BarFills);
