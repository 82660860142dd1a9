namespace NnLesson.Core.Cnn;

/// <summary>
/// Zero padding added around each feature map before a convolution or pooling window slides over it,
/// given per side. ONNX writes it as pads = [top, left, bottom, right] (all the begins, then all the ends);
/// the CNTK ResNet-18 uses the asymmetric [3, 3, 2, 2] on its first 7×7/2 convolution.
/// </summary>
public readonly record struct Padding2d(int Top, int Left, int Bottom, int Right)
{
    public static Padding2d None => default;

    /// <summary>The same padding p on every side.</summary>
    public static Padding2d All(int p) => new(p, p, p, p);

    /// <summary>From ONNX's order [top, left, bottom, right].</summary>
    public static Padding2d FromOnnx(IReadOnlyList<long> pads) => pads.Count switch
    {
        0 => None,
        4 => new Padding2d((int)pads[0], (int)pads[1], (int)pads[2], (int)pads[3]),
        _ => throw new ArgumentException($"pads must have 4 values [top, left, bottom, right] for a 2-D window, got {pads.Count}."),
    };

    /// <summary>
    /// Output size of a window of size k with stride s over n inputs padded by (begin, end):
    /// out = ⌊(n + begin + end − k) / s⌋ + 1.
    /// </summary>
    public static int OutputSize(int n, int k, int stride, int begin, int end)
    {
        var span = n + begin + end - k;
        if (span < 0 || stride <= 0)
        {
            throw new LessonException(
                $"Вікно ширини {k} з кроком зсуву {stride} не вміщується в ряд довжини {n} із доповненням ({begin}, {end}).",
                $"A {k}-wide window with stride {stride} does not fit {n} values padded by ({begin}, {end}).");
        }
        return span / stride + 1;
    }

    public override string ToString() => $"[{Top}, {Left}, {Bottom}, {Right}]";
}
