namespace NnLesson.Vision.Classification;

/// <summary>
/// sRGB (0..255) → CIE L*a*b* (D65 white), the colour space where straight-line distance roughly matches
/// how different two colours look. Formulas: IEC 61966-2-1 (sRGB) and CIE 15 (L*a*b*).
/// </summary>
internal static class CieLab
{
    // D65 reference white in XYZ (Y = 1).
    private const double Xn = 0.95047, Yn = 1.0, Zn = 1.08883;

    public static (double L, double A, double B) FromSrgb(double r, double g, double b)
    {
        // 1. Undo the sRGB transfer curve: linear light in 0..1.
        var rl = Linear(r / 255);
        var gl = Linear(g / 255);
        var bl = Linear(b / 255);
        // 2. Linear sRGB → XYZ (D65).
        var x = 0.4124564 * rl + 0.3575761 * gl + 0.1804375 * bl;
        var y = 0.2126729 * rl + 0.7151522 * gl + 0.0721750 * bl;
        var z = 0.0193339 * rl + 0.1191920 * gl + 0.9503041 * bl;
        // 3. XYZ → L*a*b*.
        double fx = F(x / Xn), fy = F(y / Yn), fz = F(z / Zn);
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /// <summary>ΔE*ab (CIE 1976): the Euclidean distance between two L*a*b* colours.</summary>
    public static double DeltaE((double L, double A, double B) p, (double L, double A, double B) q) =>
        Math.Sqrt((p.L - q.L) * (p.L - q.L) + (p.A - q.A) * (p.A - q.A) + (p.B - q.B) * (p.B - q.B));

    private static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    private static double F(double t)
    {
        const double delta = 6.0 / 29;
        return t > delta * delta * delta ? Math.Cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
    }
}
