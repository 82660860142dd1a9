using NnLesson.Vision.Models;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// What a teach test needs and may be missing on a machine: ResNet-18 (restored from NuGet), the team's shared data
/// (<see cref="NeedsShared"/>: the ants-and-bees set) and a browser (<see cref="NeedsBrowser"/>). Missing → skipped with the reason, never passed.
/// </summary>
public static class TeachNeeds
{
    public static string? MissingResNet => ResNet18Package.Find() is null
        ? "needs ResNet-18 (NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18), which is not restored: run 'dotnet restore'"
        : null;
}

/// <summary>A fact that needs ResNet-18 and the shared ants-and-bees photos.</summary>
public sealed class NeedsPhotosFactAttribute : FactAttribute
{
    public NeedsPhotosFactAttribute() => Skip = TeachNeeds.MissingResNet ?? NeedsShared.MissingReason;
}

/// <summary>A fact that needs ResNet-18, the shared photos and a Chromium-family browser.</summary>
public sealed class NeedsBrowserAndPhotosFactAttribute : FactAttribute
{
    public NeedsBrowserAndPhotosFactAttribute() => Skip = TeachNeeds.MissingResNet ?? NeedsShared.MissingReason ?? NeedsBrowser.MissingReason;
}
