namespace NnLesson.Playground.Web;

/// <summary>The Teach page's part of the server options.</summary>
public sealed partial record PlaygroundServerOptions
{
    /// <summary>The feature cache folder; null: the CLI's (<see cref="Vision.Transfer.FeatureCache.DefaultRoot"/>), so both share it.</summary>
    public string? TeachCacheFolder { get; init; }
}
