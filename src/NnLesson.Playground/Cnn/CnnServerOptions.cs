namespace NnLesson.Playground.Web;

/// <summary>The CNN page's part of the server options.</summary>
public sealed partial record PlaygroundServerOptions
{
    /// <summary>The folder of the four IDX files (<c>nnlesson playground --data DIR</c>); null: Fashion-MNIST where <see cref="Vision.Datasets.FashionMnist.Find"/> looks.</summary>
    public string? CnnDataFolder { get; init; }
}
