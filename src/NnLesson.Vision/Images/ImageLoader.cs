using System.Globalization;
using NnLesson.Core;
using NnLesson.Files;
using SkiaSharp;

namespace NnLesson.Vision.Images;

/// <summary>
/// Reads a photo file into an upright 8-bit <see cref="RgbImage"/> ([H, W, 3], RGB) with SkiaSharp's codecs:
/// JPEG, PNG, WebP, BMP and GIF (the first frame). What a classifier needs and a file may not give:
/// <list type="bullet">
/// <item>EXIF orientation applied (<see cref="ExifOrientation"/>), so a phone's portrait photo is upright;</item>
/// <item>greyscale and palette images expanded to three equal or looked-up RGB channels;</item>
/// <item>transparency composited over white (c' = (c·a + 255·(255 − a)) / 255), since the networks only see RGB;</item>
/// <item>no colour management: the stored sRGB-ish values are used as they are, as PIL (and so torchvision training) does.</item>
/// </list>
/// Every bad input (missing, a folder, empty, not an image, too large, truncated) is a <see cref="LessonException"/>
/// with one line naming the file. A truncated or damaged file is refused even if part of it decodes: a
/// half-grey photo would be classified as something, and the class would be a lie.
/// </summary>
/// <remarks>
/// Always decoded at full size, on purpose. A JPEG can be decoded at 1/2, 1/4 or 1/8 scale in its DCT
/// (<c>SKCodec.GetScaledDimensions</c>), and a scale that keeps the shorter side ≥ 256 would about halve the
/// decoding time of a large photo. But it changes the pixels the network sees: with MobileNetV2-int8 on the shared
/// photos top-1 stayed the same while the probabilities moved by points (bench/RESULTS-design-notes.md), because the
/// DCT's box-like shrink is not the antialiased bilinear resize of full pixels that PIL and torchvision did in
/// training. The slides also show the photo and its real size. So the honest numbers win over the milliseconds.
/// </remarks>
public static class ImageLoader
{
    /// <summary>
    /// The largest image accepted, in pixels (64 megapixels, e.g. 8192×8192 or a 48-MP phone photo).
    /// Checked from the header, before any pixel is decoded: decoding takes 4 bytes a pixel, so a
    /// 30000×30000 PNG (a few hundred bytes on disk) would otherwise ask for 3.6 GB.
    /// </summary>
    public const long MaxPixels = 64L * 1024 * 1024;

    /// <summary>The formats this loader promises; SkiaSharp may know more, but these are the ones tested.</summary>
    public static readonly IReadOnlyList<SKEncodedImageFormat> SupportedFormats =
        [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Bmp, SKEncodedImageFormat.Gif];

    private const string FormatList = "JPEG, PNG, WebP, BMP or GIF";
    private const string FormatListUk = "JPEG, PNG, WebP, BMP чи GIF";

    /// <summary>The largest file read (512 MB): a 64-megapixel photo is far smaller in any of the formats read.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    /// <summary>Bytes a decoded pixel costs at once: the RGBA bitmap SkiaSharp fills (4) plus our RGB copy (3).</summary>
    private const int DecodeBytesPerPixel = 7;

    public static RgbImage Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new LessonException("Шлях до зображення не вказано.", "No image path was given.");
        }
        // A FIFO, device or socket is refused before it is opened: opening a FIFO blocks until a writer comes.
        // Empty, size and signature from the file's size and first bytes, before it is read whole (DataFile, probe G7).
        var bytes = DataFile.ReadAllBytes(path, FileRole.Image, MaxFileBytes, ImageSignature.IsKnown, NotAnImage);
        return FromBytes(bytes, path);
    }

    /// <summary>
    /// The same checks and decoding as <see cref="Load"/> for a file already in memory (the playground's uploads);
    /// <paramref name="name"/> is how messages name it.
    /// </summary>
    public static RgbImage FromBytes(byte[] bytes, string name)
    {
        var path = name;
        if (bytes.Length == 0)
        {
            throw new LessonException($"Зображення «{path}» порожнє (0 байтів).", $"Image '{path}' is empty (0 bytes).");
        }
        if (bytes.Length > MaxFileBytes)
        {
            throw new LessonException(
                $"Зображення «{path}» має {bytes.Length / (1024 * 1024)} МБ; для одного фото межа — {MaxFileBytes / (1024 * 1024)} МБ.",
                string.Create(CultureInfo.InvariantCulture,
                    $"Image '{path}' is {bytes.Length / (1024.0 * 1024):N0} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB for one photo."));
        }
        using var data = new SKMemoryStream(bytes);
        using var codec = SKCodec.Create(data, out var opened);
        if (codec is null)
        {
            var (uk, en) = opened == SKCodecResult.IncompleteInput
                ? ($"Зображення «{path}» обрізане: файл закінчується посеред заголовка.", $"Image '{path}' is truncated: the file ends inside its header.")
                : NotAnImage(path);
            throw new LessonException(uk, en);
        }
        if (!SupportedFormats.Contains(codec.EncodedFormat))
        {
            throw new LessonException(
                $"«{path}» — зображення {codec.EncodedFormat}; ця програма читає {FormatList}.",
                $"'{path}' is a {codec.EncodedFormat} image; this program reads {FormatList}.");
        }
        var width = codec.Info.Width;
        var height = codec.Info.Height;
        var pixels = (long)width * height;
        if (pixels > MaxPixels)
        {
            // Exact counts: rounded megapixels made 8193×8192 read "67 megapixels; the limit is 67 megapixels".
            throw new LessonException(
                $"Зображення «{path}» має {width}×{height} = {pixels} пікселів; межа — {MaxPixels} пікселів (8192×8192); спершу зменште його.",
                string.Create(CultureInfo.InvariantCulture,
                    $"Image '{path}' is {width}×{height} = {pixels:N0} pixels ({pixels / 1e6:0.##} megapixels); the limit is {MaxPixels:N0} pixels (8192×8192) — scale it down first."));
        }
        // libjpeg fills missing or garbled data with grey and only warns; check the structure first.
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg && JpegStructure.FindDamage(bytes) is { } damage)
        {
            throw new LessonException(
                $"Зображення «{path}» пошкоджене ({damage}); пошкоджені фото не приймаємо.",
                $"Image '{path}' is damaged: {damage}; damaged photos are refused.");
        }
        CheckMemory(path, width, height, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        var stored = Decode(codec, path);
        return ExifOrientation.Apply(stored, codec.EncodedOrigin);
    }

    /// <summary>
    /// Refuses a declared size whose decoding would need more than half of <paramref name="availableBytes"/>
    /// (the memory this process may use: physical memory or the container's limit), before anything is allocated.
    /// </summary>
    public static void CheckMemory(string path, int width, int height, long availableBytes)
    {
        var needed = (long)width * height * DecodeBytesPerPixel;
        if (needed > availableBytes / 2)
        {
            throw new LessonException(
                $"Зображення «{path}» має {width}×{height}: для декодування треба близько {needed / (1024 * 1024)} МБ — більше за половину з {availableBytes / (1024 * 1024)} МБ, доступних цій програмі.",
                string.Create(CultureInfo.InvariantCulture,
                    $"Image '{path}' is {width}×{height}: decoding it needs about {needed / (1024 * 1024):N0} MB, more than half of the {availableBytes / (1024 * 1024):N0} MB this program may use."));
        }
    }

    internal static (string Uk, string En) NotAnImage(string path) =>
        ($"«{path}» — не зображення {FormatListUk} (на початку немає відомого підпису зображення).",
         $"'{path}' is not a {FormatList} image (no known image signature at its start).");

    /// <summary>Decodes all pixels as unpremultiplied RGBA (first frame for GIF/WebP animations) and flattens alpha over white.</summary>
    private static RgbImage Decode(SKCodec codec, string path)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            throw new LessonException(
                $"Забракло пам’яті, щоб декодувати зображення «{path}» ({info.Width}×{info.Height}).",
                $"Not enough memory to decode image '{path}' ({info.Width}×{info.Height}).");
        }
        var result = codec.GetPixels(info, bitmap.GetPixels());
        switch (result)
        {
            case SKCodecResult.Success:
                break;
            case SKCodecResult.IncompleteInput:
                throw new LessonException(
                    $"Зображення «{path}» обрізане: вдалося декодувати лише частину (неповні зображення не приймаємо).",
                    $"Image '{path}' is truncated: only part of it could be decoded (partial images are refused).");
            case SKCodecResult.ErrorInInput:
                throw new LessonException(
                    $"Зображення «{path}» пошкоджене: його дані {codec.EncodedFormat} містять помилки.",
                    $"Image '{path}' is damaged: its {codec.EncodedFormat} data has errors.");
            default:
                throw new LessonException(
                    $"Зображення «{path}» не вдалося декодувати ({result}).",
                    $"Image '{path}' could not be decoded ({result}).");
        }
        return FlattenOverWhite(bitmap.GetPixelSpan(), info.Width, info.Height, info.RowBytes);
    }

    /// <summary>
    /// RGBA (unpremultiplied, rows of <paramref name="rowBytes"/>) → RGB over a white background:
    /// c' = round((c·a + 255·(255 − a)) / 255). Opaque pixels (a = 255) are copied unchanged.
    /// </summary>
    public static RgbImage FlattenOverWhite(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var row = rgba.Slice(y * rowBytes, width * 4);
            for (var x = 0; x < width; x++)
            {
                var a = row[x * 4 + 3];
                var to = (y * width + x) * 3;
                for (var c = 0; c < 3; c++)
                {
                    var v = row[x * 4 + c];
                    rgb[to + c] = a == 255 ? v : (byte)((v * a + 255 * (255 - a) + 127) / 255);
                }
            }
        }
        return new RgbImage(width, height, rgb);
    }
}
