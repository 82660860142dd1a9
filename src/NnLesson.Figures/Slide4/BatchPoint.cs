namespace NnLesson.Figures.Slide4;

/// <summary>One input of the worked batch, named for the slide ("A"), with the network's output p = σ(z₂) for it.</summary>
public sealed record BatchPoint(string Name, double X1, double X2, double Probability);
