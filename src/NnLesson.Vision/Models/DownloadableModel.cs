namespace NnLesson.Vision.Models;

/// <summary>
/// A pretrained classifier the program knows how to fetch: its ONNX weights and the class names
/// that go with its 1000 outputs (index i of the logits ↔ line i of the labels file).
/// </summary>
public sealed record DownloadableModel(string Name, string Description, CatalogFile Model, CatalogFile Labels)
{
    /// <summary>Download order: the big model first, so a failure there leaves nothing behind at all.</summary>
    public IReadOnlyList<CatalogFile> Files => [Model, Labels];
}
