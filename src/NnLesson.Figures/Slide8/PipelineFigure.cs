namespace NnLesson.Figures.Slide8;

/// <summary>
/// slide8_pipeline.png: the image-classification pipeline as four stages left to right, each drawn from the
/// real tensors of one run: (1) raw photo H×W×C → (2) 224×224 crop and its normalised R, G, B channels →
/// (3) feature maps of the first convolution layer → (4) softmax top-k. Drawn on the shared <see cref="SlideCanvas"/>,
/// because the slide is a diagram of pictures and arrows rather than a chart.
/// </summary>
public static class PipelineFigure
{
    public const string FileName = "slide8_pipeline.png";

    public static SavedFigure Save(PipelineFigureData data, Lang lang, FigureSize size, string path) =>
        SlideCanvas.Save(size, path, c => Draw(c, data, lang), photographic: true);

    public static void Draw(SlideCanvas c, PipelineFigureData data, Lang lang)
    {
        var layout = new PipelineLayout(c.Size);
        // Two networks on one slide (ResNet-18's own first layer, another model's probabilities): say which is which.
        var network = data.HasModel ? data.FeatureNetwork : null;
        var subtitle = network is not null && data.ModelName is { } model
            ? PipelineTexts.Subtitle(data.PhotoName, network, model) : PipelineTexts.Subtitle(data.PhotoName, data.ModelName);
        c.Heading(PipelineTexts.Title.For(lang), subtitle.For(lang));

        var columns = layout.Columns;
        var contents = layout.Contents;
        var stage2Note = data.InputKind == InputKind.ResNetMeanImage ? PipelineTexts.Stage2MeanImageNote : PipelineTexts.Stage2Note;
        var stage3Note = network is not null ? PipelineTexts.Stage3NetworkNote(network) : PipelineTexts.Stage3Note;
        var stage4Note = network is not null && data.ModelName is { } classifier ? PipelineTexts.Stage4ModelNote(classifier) : PipelineTexts.Stage4Note;
        StageHeader.Draw(c, columns[0], 1, PipelineTexts.Stage1.For(lang), PipelineTexts.Stage1Note.For(lang));
        StageHeader.Draw(c, columns[1], 2, PipelineTexts.Stage2.For(lang), stage2Note.For(lang));
        StageHeader.Draw(c, columns[2], 3, PipelineTexts.Stage3.For(lang), stage3Note.For(lang), data.HasModel);
        StageHeader.Draw(c, columns[3], 4, PipelineTexts.Stage4.For(lang), stage4Note.For(lang), data.HasModel);

        PhotoPanel.Draw(c, contents[0], data.Photo, lang);
        PreprocessingPanel.Draw(c, contents[1], data.Resized, data.Cropped, data.Channels, lang, data.InputKind, data.MeanImageChannelMeans);
        StageFooter.Draw(c, columns[0], $"[{data.Photo.Height}, {data.Photo.Width}, 3] uint8",
            PipelineTexts.Numbers(3L * data.Photo.Height * data.Photo.Width).For(lang));
        StageFooter.Draw(c, columns[1], $"[1, 3, {data.Channels.Height}, {data.Channels.Width}] float32",
            PipelineTexts.Numbers(data.Channels.Tensor.LongLength).For(lang));
        if (data.Features is { } features && data.ShownMaps is { } shown && data.Top is { } top)
        {
            FeatureMapsPanel.Draw(c, contents[2], features, shown, lang, data.FeatureLabel);
            TopClassesPanel.Draw(c, contents[3], top, data.TopSum, lang);
            StageFooter.Draw(c, columns[2], $"{features.ShapeText} {features.ElementType}",
                PipelineTexts.Numbers(features.Values.LongLength).For(lang));
            var classes = data.LogitsShape?.Skip(1).Aggregate(1L, (a, d) => a * d) ?? top.Count;
            StageFooter.Draw(c, columns[3], data.LogitsShape is { } shape ? $"[{string.Join(", ", shape)}] → softmax" : "softmax",
                PipelineTexts.Probabilities(classes).For(lang));
        }
        else
        {
            ModelNeededPanel.DrawHowTo(c, contents[2], lang);
            ModelNeededPanel.DrawPlaceholder(c, contents[3], lang);
        }

        // Arrows in the gutters: the data flows left to right; faded where no model runs.
        for (var i = 0; i < 3; i++)
        {
            var live = i == 0 || data.HasModel;
            var color = live ? LessonColors.Grey.ToSKColor() : SlideCanvas.Frame;
            c.Arrow(columns[i].Right + c.S(7), columns[i + 1].Left - c.S(7), layout.ArrowY, color);
        }
    }
}
