using System.Globalization;
using NnLesson.Core;
using NnLesson.Vision.Images;

namespace NnLesson.Vision.Preprocessing;

/// <summary>
/// The standard ImageNet evaluation preprocessing of torchvision (ResNet, MobileNet, …):
/// <code>
/// Resize(256)        shorter side → 256, longer side → int(256 · long / short)   (bilinear, antialiased)
/// CenterCrop(224)    top = round((h − 224) / 2), left = round((w − 224) / 2)    (round half to even, as Python's round)
/// ToTensor           v / 255 ∈ [0, 1], HWC bytes → CHW floats
/// Normalize          (v/255 − mean[c]) / std[c],  mean = [0.485, 0.456, 0.406], std = [0.229, 0.224, 0.225]
/// </code>
/// mean and std are the per-channel statistics of the ImageNet training photos, so each input channel
/// has about zero mean and unit variance — what the network's first layer was trained on.
/// </summary>
public static class ImageNetPreprocessing
{
    public const int ResizeShorterSide = 256, CropSize = 224;

    /// <summary>
    /// The longest side a resized image may have: 8192 = 32 × 256, so the sides of a photo may differ at most 32 : 1
    /// (a very wide panorama is ~10 : 1). Beyond it the resize would allocate gigabytes for a 1-pixel sliver
    /// (1×20000 → 256×5,120,000×3 bytes) while the centre crop sees only 224 columns of it.
    /// </summary>
    public const int MaxResizedLongSide = 32 * ResizeShorterSide;

    /// <summary>Per-channel mean of ImageNet training pixels (R, G, B) on the 0..1 scale.</summary>
    public static readonly float[] Mean = [0.485f, 0.456f, 0.406f];

    /// <summary>Per-channel standard deviation of ImageNet training pixels (R, G, B) on the 0..1 scale.</summary>
    public static readonly float[] Std = [0.229f, 0.224f, 0.225f];

    /// <summary>
    /// torchvision's output size for <c>Resize(shorterSide)</c>: the shorter side becomes exactly
    /// <paramref name="shorterSide"/>, the longer one int(shorterSide · long / short) (truncated, not rounded).
    /// </summary>
    public static (int Width, int Height) ResizedSize(int width, int height, int shorterSide)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shorterSide, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        // In double, as torchvision's int(size * long / short); the result is checked before it becomes an int.
        var longer = Math.Floor((double)shorterSide * Math.Max(width, height) / Math.Min(width, height));
        if (longer > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(shorterSide),
                $"Resizing {width}×{height} to a shorter side of {shorterSide} gives a longer side of {longer:F0} pixels, beyond any image.");
        }
        return width <= height ? (shorterSide, (int)longer) : ((int)longer, shorterSide);
    }

    /// <summary>
    /// Refuses (one line) an image whose resized longer side would exceed <see cref="MaxResizedLongSide"/>:
    /// its sides differ by more than 32 : 1.
    /// </summary>
    /// <exception cref="LessonException">The image is too thin or too wide to preprocess.</exception>
    public static void CheckResizable(int width, int height)
    {
        var longer = Math.Floor((double)ResizeShorterSide * Math.Max(width, height) / Math.Min(width, height));
        if (longer > MaxResizedLongSide)
        {
            throw new LessonException(
                $"Зображення {width}×{height}: якщо зменшити його коротшу сторону до {ResizeShorterSide}, довша матиме {longer:0} пікселів — більше за межу {MaxResizedLongSide} (сторони щонайбільше 32 : 1); спершу обріжте його до менш витягнутої форми.",
                string.Create(CultureInfo.InvariantCulture,
                    $"The image is {width}×{height}: resizing its shorter side to {ResizeShorterSide} would make the longer one {longer:N0} pixels, " +
                    $"above the limit of {MaxResizedLongSide} (sides at most 32 : 1) — crop it to a less extreme shape first."));
        }
    }

    /// <summary>
    /// Resizes so the shorter side is <paramref name="shorterSide"/>, keeping the aspect ratio (bilinear, antialiased like PIL).
    /// Uses <see cref="FastBilinearResize"/>; <see cref="BilinearResize"/> is the readable version of the same formula.
    /// </summary>
    public static RgbImage ResizeShorterSideTo(RgbImage image, int shorterSide)
    {
        var (width, height) = ResizedSize(image.Width, image.Height, shorterSide);
        return FastBilinearResize.Resize(image, width, height);
    }

    /// <summary>Top-left corner of torchvision's centre crop: round((side − size) / 2), Python's round-half-to-even.</summary>
    public static (int Left, int Top) CenterCropOffsets(int width, int height, int size) =>
        ((int)Math.Round((width - size) / 2.0, MidpointRounding.ToEven),
         (int)Math.Round((height - size) / 2.0, MidpointRounding.ToEven));

    /// <summary>
    /// The part of the original photo that the 224×224 crop shows, in photo pixels (x, y, width, height):
    /// the crop window in the resized image scaled back by photo size / resized size on each axis.
    /// Slides draw it over the photo as "what the network sees".
    /// </summary>
    public static (double X, double Y, double Width, double Height) CropWindowInPhoto(int width, int height)
    {
        var (resizedW, resizedH) = ResizedSize(width, height, ResizeShorterSide);
        var (left, top) = CenterCropOffsets(resizedW, resizedH, CropSize);
        double sx = (double)width / resizedW, sy = (double)height / resizedH;
        return (left * sx, top * sy, CropSize * sx, CropSize * sy);
    }

    /// <summary>The centred <paramref name="size"/>×<paramref name="size"/> square; the image must be at least that big on both sides.</summary>
    public static RgbImage CenterCrop(RgbImage image, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (image.Width < size || image.Height < size)
        {
            throw new ArgumentException($"Cannot crop {size}×{size} from a {image.Width}×{image.Height} image.", nameof(image));
        }
        var (left, top) = CenterCropOffsets(image.Width, image.Height, size);
        var pixels = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            Array.Copy(image.Pixels, ((top + y) * image.Width + left) * 3, pixels, y * size * 3, size * 3);
        }
        return new RgbImage(size, size, pixels);
    }

    /// <summary>
    /// HWC bytes → CHW floats, normalised: out[c, y, x] = (in[y, x, c] / 255 − Mean[c]) / Std[c].
    /// Result: [3, H, W], index (c·H + y)·W + x — also the layout of a [1, 3, H, W] batch of one.
    /// </summary>
    /// <remarks>
    /// A byte has only 256 values, so the formula is evaluated once per channel and value
    /// (<see cref="NormalizedLevels"/>, the same float expression, so the same bits) and each pixel is a table look-up.
    /// </remarks>
    public static float[] ToNormalizedChw(RgbImage image)
    {
        var plane = image.Width * image.Height;
        var tensor = new float[3 * plane];
        ReadOnlySpan<byte> pixels = image.Pixels;
        var red = tensor.AsSpan(0, plane);
        var green = tensor.AsSpan(plane, plane);
        var blue = tensor.AsSpan(2 * plane, plane);
        ReadOnlySpan<float> r = NormalizedLevels[0], g = NormalizedLevels[1], b = NormalizedLevels[2];
        for (var i = 0; i < plane; i++)
        {
            red[i] = r[pixels[3 * i]];
            green[i] = g[pixels[3 * i + 1]];
            blue[i] = b[pixels[3 * i + 2]];
        }
        return tensor;
    }

    /// <summary>NormalizedLevels[c][v] = (v / 255 − Mean[c]) / Std[c] for every byte value v: [3][256].</summary>
    private static readonly float[][] NormalizedLevels =
        [.. Enumerable.Range(0, 3).Select(c => Enumerable.Range(0, 256).Select(v => (v / 255f - Mean[c]) / Std[c]).ToArray())];

    /// <summary>Resize 256 → centre-crop 224 → normalise; returns every stage.</summary>
    /// <exception cref="LessonException">The photo's sides differ by more than 32 : 1 (<see cref="CheckResizable"/>).</exception>
    public static PreprocessedImage Run(RgbImage photo)
    {
        CheckResizable(photo.Width, photo.Height);
        var resized = ResizeShorterSideTo(photo, ResizeShorterSide);
        var cropped = CenterCrop(resized, CropSize);
        return new PreprocessedImage(resized, cropped, ToNormalizedChw(cropped));
    }
}
