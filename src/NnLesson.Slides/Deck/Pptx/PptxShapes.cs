using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace NnLesson.Slides.Deck.Pptx;

/// <summary>The three kinds of shape the deck uses: a text box (title, formulas, notes), a picture, a notes-page slide image.</summary>
internal static class PptxShapes
{
    /// <summary>One run of text's look: size in points, bold, colour (hex RGB), font.</summary>
    public sealed record TextLook(int Points, bool Bold, string Color, string Font);

    /// <summary>
    /// A text box, one paragraph per line; <paramref name="placeholder"/> marks it as the slide's title or the notes'
    /// body so PowerPoint's outline and presenter view find it (its place is given here, not inherited).
    /// </summary>
    public static P.Shape Text(uint id, string name, (long X, long Y, long Width, long Height) box, IEnumerable<string> lines, TextLook look,
        string languageTag, P.PlaceholderValues? placeholder = null, uint? placeholderIndex = null)
    {
        var properties = new P.ApplicationNonVisualDrawingProperties();
        if (placeholder is { } type)
        {
            properties.PlaceholderShape = new P.PlaceholderShape { Type = type, Index = placeholderIndex };
        }
        var body = new P.TextBody(new A.BodyProperties(new A.NormalAutoFit()) { Wrap = A.TextWrappingValues.Square, LeftInset = 0, RightInset = 0 }, new A.ListStyle());
        foreach (var line in lines)
        {
            var run = new A.Run(
                new A.RunProperties(new A.SolidFill(new A.RgbColorModelHex { Val = look.Color }), new A.LatinFont { Typeface = look.Font }, new A.ComplexScriptFont { Typeface = look.Font })
                { Language = languageTag, FontSize = look.Points * 100, Bold = look.Bold, Dirty = false },
                new A.Text(line));
            body.Append(new A.Paragraph(run));
        }
        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(new A.Paragraph());
        }
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }) { TextBox = placeholder is null },
                properties),
            new P.ShapeProperties(Transform(box), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }),
            body);
    }

    /// <summary>A picture filling <paramref name="box"/> from the image part <paramref name="relationshipId"/>; <paramref name="description"/> is its alt text.</summary>
    public static P.Picture Picture(uint id, string name, string description, string relationshipId, (long X, long Y, long Width, long Height) box) => new(
        new P.NonVisualPictureProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = name, Description = description },
            new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
        new P.ShapeProperties(Transform(box), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

    /// <summary>The notes page's picture of its slide (the slide-image placeholder).</summary>
    public static P.Shape SlideImage(uint id, (long X, long Y, long Width, long Height) box) => new(
        new P.NonVisualShapeProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = "Slide Image" },
            new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true, NoRotation = true, NoChangeAspect = true }),
            new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.SlideImage })),
        new P.ShapeProperties(Transform(box)));

    private static A.Transform2D Transform((long X, long Y, long Width, long Height) box) =>
        new(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height });
}
