namespace NnLesson.Core.Linear;

/// <summary>Standard normal samples from a seeded <see cref="Random"/> (Box–Muller), so weights and noise are reproducible.</summary>
public static class Gaussian
{
    /// <summary>One sample of N(0, 1): √(−2 ln u₁) · cos(2π u₂), with u₁ ∈ (0, 1] so the log is finite.</summary>
    public static double Next(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A [rows, cols] matrix of N(0, std²) samples, drawn row by row.</summary>
    public static Matrix Matrix(int rows, int cols, double std, Random random)
    {
        var m = new Matrix(rows, cols);
        for (var i = 0; i < m.Data.Length; i++)
        {
            m.Data[i] = std * Next(random);
        }
        return m;
    }
}
