namespace NnLesson.Figures.Slide7;

/// <summary>
/// What the convolution animation shows, computed elsewhere (the figure does no arithmetic of its own):
/// Input x: [H, W] (grey values), Kernel w: [k, k], the stride s, and Output y: [H′, W′] with
/// H′ = (H − k)/s + 1, W′ = (W − k)/s + 1 and y[i, j] = Σ_u Σ_v w[u, v] · x[i·s + u, j·s + v] (no padding).
/// Each input cell is the mean of <see cref="CellPixels"/>² pixels of the photo's 224×224 crop, the window starting at
/// pixel (<see cref="WindowLeft"/>, <see cref="WindowTop"/>).
/// </summary>
public sealed record ConvolutionAnimationData(double[,] Input, double[,] Kernel, int Stride, double[,] Output, int WindowLeft, int WindowTop, int CellPixels)
{
    public int KernelSize => Kernel.GetLength(0);

    /// <summary>Throws unless the shapes fit together as the formula above says.</summary>
    public void Validate()
    {
        var (h, w, k) = (Input.GetLength(0), Input.GetLength(1), Kernel.GetLength(0));
        if (k < 1 || Kernel.GetLength(1) != k)
        {
            throw new ArgumentException($"The kernel must be square, got [{Kernel.GetLength(0)}, {Kernel.GetLength(1)}].");
        }
        if (Stride < 1 || h < k || w < k)
        {
            throw new ArgumentException($"A {k}×{k} kernel with stride {Stride} does not fit an input of [{h}, {w}].");
        }
        var expected = ((h - k) / Stride + 1, (w - k) / Stride + 1);
        if ((Output.GetLength(0), Output.GetLength(1)) != expected)
        {
            throw new ArgumentException($"The output should be [{expected.Item1}, {expected.Item2}], got [{Output.GetLength(0)}, {Output.GetLength(1)}].");
        }
    }
}
