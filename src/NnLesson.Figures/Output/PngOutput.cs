using System.Security.Cryptography;
using NnLesson.Files;
using ScottPlot;

namespace NnLesson.Figures.Output;

/// <summary>
/// Encodes figures to PNG and writes them atomically (temporary file, then rename), so a failed or
/// interrupted run never leaves a half-written picture that a slide deck would pick up.
/// </summary>
internal static class PngOutput
{
    public static SavedFigure Save(Plot plot, FigureSize size, string path)
    {
        var bytes = plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png);
        return Write(bytes, size, path);
    }

    /// <summary>For figures painted directly on a SkiaSharp surface.</summary>
    public static SavedFigure Save(SKSurface surface, FigureSize size, string path)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return Write(data.ToArray(), size, path);
    }

    /// <summary>
    /// For figures that are mostly photographs (a grid of photos): PNG with the Sub filter and zlib level 1.
    /// Photos barely compress losslessly anyway, so the default's search over all filters at level 6 buys little size
    /// for much time (bench/RESULTS-design-notes.md).
    /// </summary>
    public static SavedFigure SavePhotographic(SKSurface surface, FigureSize size, string path)
    {
        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1))
            ?? throw new InvalidOperationException($"SkiaSharp could not encode {path} as PNG.");
        return Write(data.ToArray(), size, path);
    }

    private static SavedFigure Write(byte[] png, FigureSize size, string path)
    {
        AtomicFile.WriteAllBytes(path, png);
        return new SavedFigure(Path.GetFullPath(path), size.Width, size.Height, Convert.ToHexStringLower(SHA256.HashData(png)));
    }
}
