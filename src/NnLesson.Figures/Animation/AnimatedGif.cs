using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;
using NnLesson.Vision.Onnx;

namespace NnLesson.Figures.Animation;

/// <summary>
/// An animated GIF being assembled from frames drawn with SkiaSharp (which can decode GIF but not encode
/// it), encoded by SixLabors.ImageSharp 2.1 (Apache-2.0, fully managed: no native library to ship).
/// All frames share one global palette of at most 256 colours, built by an octree over pixels sampled from
/// every frame (so a colour that only appears late, such as the saturated field of a trained network,
/// still gets an entry), without dithering (flat figure colours stay flat and the file stays small).
/// Frames: [height, width] RGBA, all of <see cref="Size"/>; delays in GIF's unit of 10 ms.
/// </summary>
public sealed class AnimatedGif : IDisposable
{
    /// <summary>Pixels sampled for the palette: enough for every colour of a figure, few enough to stay quick.</summary>
    private const int PaletteSamplePixels = 1_000_000;

    private Image<Rgba32>? _image;

    /// <summary>The frame being added, as read from SkiaSharp: [height, width] RGBA, unpremultiplied; reused for every frame.</summary>
    private SKBitmap? _pixels;

    public AnimatedGif(FigureSize size) => Size = size;

    /// <summary>
    /// A new animation of <paramref name="size"/> whose frames <paramref name="addFrames"/> appends; when that throws,
    /// the half-built animation is disposed before the exception goes on, so a failed figure holds no frames.
    /// </summary>
    public static AnimatedGif Build(FigureSize size, Action<AnimatedGif> addFrames)
    {
        var animation = new AnimatedGif(size);
        try
        {
            addFrames(animation);
            return animation;
        }
        catch
        {
            animation.Dispose();
            throw;
        }
    }

    public FigureSize Size { get; }

    public int FrameCount => _image?.Frames.Count ?? 0;

    /// <summary>Total play time of one loop.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>Appends a frame shown for <paramref name="delay"/> (rounded to GIF's 10 ms steps, at least 20 ms: browsers slow shorter delays down).</summary>
    public void AddFrame(SKImage frame, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Width != Size.Width || frame.Height != Size.Height)
        {
            throw new ArgumentException($"Frame is {frame.Width}x{frame.Height}, the animation is {Size}.", nameof(frame));
        }
        // The frame's pixels are read into one reused bitmap and copied once into a frame ImageSharp allocates: one
        // fresh 1600×900 buffer per frame instead of three (a new bitmap, LoadPixelData's image, AddFrame's copy).
        _pixels ??= new SKBitmap(new SKImageInfo(Size.Width, Size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!frame.ReadPixels(_pixels.PeekPixels()))
        {
            throw new InvalidOperationException("Could not read the frame's pixels.");
        }
        var centiseconds = Math.Max(2, (int)Math.Round(delay.TotalMilliseconds / 10));
        Duration += TimeSpan.FromMilliseconds(centiseconds * 10);
        ImageFrame<Rgba32> added;
        if (_image is null)
        {
            _image = new Image<Rgba32>(Size.Width, Size.Height);
            _image.Metadata.GetGifMetadata().RepeatCount = 0; // loop forever, as a slide animation should
            added = _image.Frames.RootFrame;
        }
        else
        {
            added = _image.Frames.CreateFrame();
        }
        var pixels = _pixels;
        added.ProcessPixelRows(rows =>
        {
            var source = MemoryMarshal.Cast<byte, Rgba32>(pixels.GetPixelSpan()); // [height · width] RGBA, row-major
            for (var y = 0; y < rows.Height; y++)
            {
                source.Slice(y * rows.Width, rows.Width).CopyTo(rows.GetRowSpan(y));
            }
        });
        added.Metadata.GetGifMetadata().FrameDelay = centiseconds;
    }

    /// <summary>The GIF file's bytes.</summary>
    public byte[] Encode()
    {
        if (_image is null)
        {
            throw new InvalidOperationException("An animation needs at least one frame.");
        }
        var encoder = new GifEncoder
        {
            ColorTableMode = GifColorTableMode.Global,
            // The octree, not Wu's quantizer: ImageSharp 2.1's Wu quantizer built a one-colour palette from
            // samples of several frames (every frame came out blank), the octree gets them right.
            Quantizer = new OctreeQuantizer(new QuantizerOptions { Dither = null, MaxColors = 256 }),
            GlobalPixelSamplingStrategy = new DefaultPixelSamplingStrategy(PaletteSamplePixels, 0.05),
        };
        using var stream = new MemoryStream();
        _image.SaveAsGif(stream, encoder);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _image?.Dispose();
        _pixels?.Dispose();
    }
}
