namespace NnLesson.Playground.Teach;

/// <summary>
/// The Teach page's caps. One server teaches for a whole classroom, so every session is bounded: a session holds
/// only the 512 features of each photo (2 KB) and its name, never the photo itself, so its memory is at most
/// <see cref="MaxPhotosPerSession"/> × ~2.5 KB plus one message being received (<see cref="MaxMessageBytes"/>).
/// The photo limits come on top of the CLI's loader (<see cref="Vision.Images.ImageLoader"/>: its formats, its
/// damage checks, its 64-megapixel ceiling), which every upload goes through.
/// </summary>
public static class TeachLimits
{
    public const int MinClasses = 2;
    public const int MaxClasses = 10;

    /// <summary>A class name: 1–40 characters, no control characters (it becomes a folder name in the equivalent command).</summary>
    public const int MaxClassNameLength = 40;

    /// <summary>One uploaded photo or webcam frame, in bytes (a 12-megapixel phone JPEG is 3–6 MB).</summary>
    public const int MaxPhotoBytes = 8 * 1024 * 1024;

    /// <summary>Pixels of one photo, read from its header before anything is decoded (24 MP: 6000×4000).</summary>
    public const long MaxPhotoPixels = 24_000_000;

    /// <summary>Photos in one class (the ants-and-bees set has at most 204 a class, train and val together).</summary>
    public const int MaxPhotosPerClass = 300;

    /// <summary>Photos in one session, all classes together.</summary>
    public const int MaxPhotosPerSession = 800;

    /// <summary>A client message: a photo plus its small JSON header.</summary>
    public const int MaxMessageBytes = MaxPhotoBytes + 4096;

    /// <summary>A head.json to import (512 standardisation means and stds, 10 × 512 weights as text: about 250 KB).</summary>
    public const int MaxHeadFileChars = 1024 * 1024;

    /// <summary>Teach sessions (open WebSockets at /teach/ws) the server keeps at once; more are refused with 503.</summary>
    public const int MaxSessions = 40;

    /// <summary>Training settings the page may ask for.</summary>
    public const int MaxEpochs = 2000;
    public const double MaxLearningRate = 10;
    public const double MaxL2 = 100;
    public const double MinValidationFraction = 0.05;
    public const double MaxValidationFraction = 0.5;

    /// <summary>Webcam frames a session may have predicted per second (the page sends the next when the answer arrives).</summary>
    public const int MaxPredictionsPerSecond = 25;
}
