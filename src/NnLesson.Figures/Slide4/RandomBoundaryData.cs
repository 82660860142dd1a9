namespace NnLesson.Figures.Slide4;

/// <summary>
/// What <see cref="RandomBoundaryFigure"/> draws: the network's output p over the plane (Field: [rows, cols], row 0
/// at the top, as <see cref="ProbabilityField.Evaluate"/> returns it), the worked batch with its probabilities, the
/// hidden-layer width (for the shapes beside the plot) and the seed quoted in the subtitle.
/// </summary>
public sealed record RandomBoundaryData(double[,] Field, PlaneBounds Bounds, IReadOnlyList<BatchPoint> Batch, int Hidden, int Seed);
