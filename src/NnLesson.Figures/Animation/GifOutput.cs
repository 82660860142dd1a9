using System.Security.Cryptography;
using NnLesson.Files;

namespace NnLesson.Figures.Animation;

/// <summary>
/// Writes an <see cref="AnimatedGif"/> the way <see cref="PngOutput"/> writes a PNG: encoded in memory,
/// then written atomically (temporary file, then rename), so an interrupted run never leaves half a GIF.
/// </summary>
internal static class GifOutput
{
    /// <summary>Renders the animation, writes it and disposes it: the whole of an animated figure's Save.</summary>
    public static SavedFigure Save(Func<AnimatedGif> render, string path)
    {
        using var animation = render();
        return Save(animation, path);
    }

    public static SavedFigure Save(AnimatedGif animation, string path)
    {
        ArgumentNullException.ThrowIfNull(animation);
        var bytes = animation.Encode();
        AtomicFile.WriteAllBytes(path, bytes);
        return new SavedFigure(Path.GetFullPath(path), animation.Size.Width, animation.Size.Height, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
