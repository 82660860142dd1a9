using System.Runtime.InteropServices;
using System.Text;
using NnLesson.Vision.Images;
using SkiaSharp;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// A Y4M video for chromium's fake camera (--use-file-for-fake-video-capture), made of photos: each photo scaled to
/// cover the frame and centre-cropped, shown for a few frames, the video looping. Y4M is raw 4:2:0 YCbCr:
/// <code>
/// YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n   then per frame: FRAME\n  Y [H, W]  Cb [H/2, W/2]  Cr [H/2, W/2]
/// Y = 16 + (65.738 R + 129.057 G + 25.064 B)/256, Cb = 128 + (−37.945 R − 74.494 G + 112.439 B)/256,
/// Cr = 128 + (112.439 R − 94.154 G − 18.285 B)/256   (BT.601, limited range, as chromium's I420 → RGB expects)
/// </code>
/// Written to a temporary file and moved over the camera file, so a camera reading the old file never sees half a video.
/// </summary>
public static class FakeCameraVideo
{
    public const int Width = 640;
    public const int Height = 480;

    public static void Write(string path, IReadOnlyList<string> photos, int framesPerPhoto)
    {
        var temporary = path + ".writing";
        using (var file = File.Create(temporary))
        {
            file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
            foreach (var photo in photos)
            {
                var frame = Frame(ImageLoader.Load(photo));
                for (var i = 0; i < framesPerPhoto; i++)
                {
                    file.Write("FRAME\n"u8);
                    file.Write(frame);
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>One photo as a Y4M frame body: Y [480, 640], Cb [240, 320], Cr [240, 320].</summary>
    private static byte[] Frame(RgbImage photo)
    {
        using var source = new SKBitmap(new SKImageInfo(photo.Width, photo.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var rgba = new byte[photo.Width * photo.Height * 4];
        for (int i = 0, j = 0; i < photo.Pixels.Length; i += 3, j += 4)
        {
            (rgba[j], rgba[j + 1], rgba[j + 2], rgba[j + 3]) = (photo.Pixels[i], photo.Pixels[i + 1], photo.Pixels[i + 2], 255);
        }
        Marshal.Copy(rgba, 0, source.GetPixels(), rgba.Length);
        using var frame = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(frame))
        {
            var scale = Math.Max((float)Width / photo.Width, (float)Height / photo.Height); // cover, then crop the middle
            var (w, h) = (photo.Width * scale, photo.Height * scale);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, SKRect.Create((Width - w) / 2, (Height - h) / 2, w, h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        var pixels = new byte[Width * Height * 4];
        Marshal.Copy(frame.GetPixels(), pixels, 0, pixels.Length);
        var body = new byte[Width * Height * 3 / 2];
        var cb = Width * Height;
        var cr = cb + Width * Height / 4;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var p = (y * Width + x) * 4;
                body[y * Width + x] = Clamp(16 + (65.738 * pixels[p] + 129.057 * pixels[p + 1] + 25.064 * pixels[p + 2]) / 256);
            }
        }
        for (var y = 0; y < Height / 2; y++)
        {
            for (var x = 0; x < Width / 2; x++)
            {
                double r = 0, g = 0, b = 0;
                foreach (var (dy, dx) in new[] { (0, 0), (0, 1), (1, 0), (1, 1) })
                {
                    var p = ((2 * y + dy) * Width + 2 * x + dx) * 4;
                    (r, g, b) = (r + pixels[p] / 4.0, g + pixels[p + 1] / 4.0, b + pixels[p + 2] / 4.0);
                }
                body[cb + y * Width / 2 + x] = Clamp(128 + (-37.945 * r - 74.494 * g + 112.439 * b) / 256);
                body[cr + y * Width / 2 + x] = Clamp(128 + (112.439 * r - 94.154 * g - 18.285 * b) / 256);
            }
        }
        return body;
    }

    private static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
}
