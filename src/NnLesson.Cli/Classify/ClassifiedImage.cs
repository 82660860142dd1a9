using NnLesson.Vision.Classification;

namespace NnLesson.Cli.Classify;

/// <summary>One photo's answer: the path as the user gave it (or folder + file name) and the classifier's top-k.</summary>
internal sealed record ClassifiedImage(string Image, ClassificationResult Result);

/// <summary>A photo that could not be classified, with the one-line reason (the loader's message names the file).</summary>
internal sealed record SkippedImage(string Image, string Reason);
