using NnLesson.Vision.Models;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>What a teach test needs and may be missing on a machine: then it is skipped with the reason, never passed.</summary>
public static class TeachNeeds
{
    public static string? MissingResNet => ResNet18Package.Find() is null
        ? "ResNet-18 (NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18) is not restored: run 'dotnet restore'."
        : null;

    public static string? MissingHymenoptera => Directory.Exists(Path.Combine(TeachData.Hymenoptera, "train"))
        ? null
        : $"The ants-and-bees data set is not at {TeachData.Hymenoptera} (../shared beside the repository, or NNLESSON_SHARED).";

    public static string? MissingChromium => File.Exists(Browser.BrowserFixture.ChromiumPath)
        ? null
        : $"{Browser.BrowserFixture.ChromiumPath} is missing: install Debian's chromium (apt-get install chromium).";
}

/// <summary>A fact that needs ResNet-18.</summary>
public sealed class NeedsResNetFactAttribute : FactAttribute
{
    public NeedsResNetFactAttribute() => Skip = TeachNeeds.MissingResNet;
}

/// <summary>A fact that needs ResNet-18 and the shared ants-and-bees photos.</summary>
public sealed class NeedsPhotosFactAttribute : FactAttribute
{
    public NeedsPhotosFactAttribute() => Skip = TeachNeeds.MissingResNet ?? TeachNeeds.MissingHymenoptera;
}

/// <summary>A fact that needs ResNet-18, the shared photos and Debian's chromium.</summary>
public sealed class NeedsBrowserAndPhotosFactAttribute : FactAttribute
{
    public NeedsBrowserAndPhotosFactAttribute() => Skip = TeachNeeds.MissingResNet ?? TeachNeeds.MissingHymenoptera ?? TeachNeeds.MissingChromium;
}
