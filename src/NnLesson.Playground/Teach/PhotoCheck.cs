using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Figures.Text;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Playground.Teach;

/// <summary>
/// The page's own checks on an uploaded photo, before the CLI's loader (<see cref="ImageLoader.FromBytes"/>) sees it:
/// the byte cap, the format (JPEG, PNG or WebP by their signatures — the loader also reads BMP and GIF, the page
/// promises three), and the pixel cap read from the header, so no large photo is ever decoded.
/// </summary>
public static class PhotoCheck
{
    /// <summary>Refuses the photo with a reason that names it, or returns when the loader may decode it.</summary>
    /// <exception cref="TeachRejection">Empty, too many bytes, not JPEG/PNG/WebP, too many pixels.</exception>
    public static void Require(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length == 0)
        {
            throw new TeachRejection($"«{name}»: порожній файл (0 байтів).", $"'{name}': the file is empty (0 bytes).");
        }
        if (bytes.Length > TeachLimits.MaxPhotoBytes)
        {
            string Mb(long v, Lang lang) => NumberText.Plain(v / (1024.0 * 1024), lang, 1);
            throw new TeachRejection($"«{name}»: {Mb(bytes.Length, Lang.Uk)} МБ, а межа — {Mb(TeachLimits.MaxPhotoBytes, Lang.Uk)} МБ на фото.",
                $"'{name}': {Mb(bytes.Length, Lang.En)} MB; the limit is {Mb(TeachLimits.MaxPhotoBytes, Lang.En)} MB a photo.");
        }
        if (FormatOf(bytes) is null)
        {
            throw new TeachRejection($"«{name}»: не JPEG, PNG чи WebP.", $"'{name}': not a JPEG, PNG or WebP image.");
        }
        var (width, height) = SizeOf(bytes.ToArray());
        if (width is null)
        {
            return; // the loader names what is wrong with the header
        }
        var pixels = (long)width.Value * height!.Value;
        if (pixels > TeachLimits.MaxPhotoPixels)
        {
            string Mp(double v, Lang lang) => NumberText.Plain(v / 1e6, lang, 1);
            throw new TeachRejection(
                $"«{name}»: {width}×{height} = {Mp(pixels, Lang.Uk)} Мпікс, а межа — {Mp(TeachLimits.MaxPhotoPixels, Lang.Uk)} Мпікс; зменште фото.",
                $"'{name}': {width}×{height} = {Mp(pixels, Lang.En)} megapixels; the limit is {Mp(TeachLimits.MaxPhotoPixels, Lang.En)} megapixels — scale it down.");
        }
    }

    /// <summary>"jpeg", "png" or "webp" from the first bytes, or null.</summary>
    public static string? FormatOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "jpeg";
        }
        if (bytes.Length >= 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }
        return null;
    }

    /// <summary>Decodes a checked photo with the CLI's loader; its refusal becomes a bilingual rejection (uk as the CLI says it).</summary>
    public static RgbImage Decode(byte[] bytes, string name)
    {
        try
        {
            return ImageLoader.FromBytes(bytes, name);
        }
        catch (LessonException e)
        {
            throw new TeachRejection($"«{name}»: не вдалося прочитати як фото.", e.Message);
        }
    }

    /// <summary>Width and height from the header alone (nothing decoded), or nulls when the header is not readable.</summary>
    private static (int? Width, int? Height) SizeOf(byte[] bytes)
    {
        using var data = new SKMemoryStream(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null ? (null, null) : (codec.Info.Width, codec.Info.Height);
    }
}
