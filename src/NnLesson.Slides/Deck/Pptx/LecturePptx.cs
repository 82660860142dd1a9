using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using NnLesson.Figures;
using NnLesson.Files;
using P = DocumentFormat.OpenXml.Presentation;

namespace NnLesson.Slides.Deck.Pptx;

/// <summary>
/// <c>lecture.pptx</c>: the run's figures as a PowerPoint deck (opens in PowerPoint, Keynote, Impress, Google Slides).
/// One slide per figure or animation (<see cref="DeckSteps"/>, the deck page's order): the lecture slide's heading,
/// its formulas, the figure as large as the rest of the slide allows (a GIF stays a GIF, so it plays in the slide
/// show), and speaker notes with what the slide shows and the run's numbers, all in the run's language.
/// </summary>
public static class LecturePptx
{
    public const string FileName = "lecture.pptx";

    private static readonly PptxShapes.TextLook TitleLook = new(26, true, PptxTheme.Blue, PptxTheme.TextFont);
    private static readonly PptxShapes.TextLook FormulaLook = new(13, false, "222222", PptxTheme.FormulaFont);
    private static readonly PptxShapes.TextLook NotesLook = new(12, false, "111111", PptxTheme.TextFont);

    /// <summary>Writes the deck for the figures in <paramref name="folder"/> atomically; returns its path.</summary>
    public static string Write(string folder, JsonNode manifest, Lang lang, IEnumerable<DeckSlide> slides)
    {
        var path = Path.Combine(Path.GetFullPath(folder), FileName);
        AtomicFile.WriteAllBytes(path, Build(DeckSteps.Of(manifest, lang, slides), file => File.ReadAllBytes(Path.Combine(folder, file)), lang));
        return path;
    }

    /// <param name="steps">One slide each.</param>
    /// <param name="image">The bytes of a figure file (PNG or GIF) by its name.</param>
    public static byte[] Build(IReadOnlyList<DeckStep> steps, Func<string, byte[]> image, Lang lang)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            document.PackageProperties.Title = DeckTexts.LectureTitle.For(lang);
            document.PackageProperties.Creator = "NnLesson";
            document.PackageProperties.Language = Tag(lang);
            var presentation = document.AddPresentationPart();
            var (layout, notesMaster) = PptxMasters.AddTo(presentation);
            var ids = presentation.Presentation.SlideIdList!;
            uint slideId = 256; // slide ids start at 256
            foreach (var step in steps)
            {
                var slide = AddSlide(presentation, layout, notesMaster, step, image(step.File), lang);
                ids.Append(new P.SlideId { Id = slideId++, RelationshipId = presentation.GetIdOfPart(slide) });
            }
        }
        return stream.ToArray();
    }

    private static SlidePart AddSlide(PresentationPart presentation, SlideLayoutPart layout, NotesMasterPart notesMaster, DeckStep step, byte[] bytes, Lang lang)
    {
        var part = presentation.AddNewPart<SlidePart>();
        part.AddPart(layout);
        var picture = part.AddImagePart(step.IsAnimation ? ImagePartType.Gif : ImagePartType.Png);
        using (var data = new MemoryStream(bytes, writable: false))
        {
            picture.FeedData(data);
        }

        var tree = PptxMasters.EmptyTree();
        tree.Append(PptxShapes.Text(2, "Title", PptxGeometry.Title, [step.Heading], TitleLook, Tag(lang), P.PlaceholderValues.Title));
        if (step.Formulas.Count > 0)
        {
            tree.Append(PptxShapes.Text(3, "Formulas", PptxGeometry.Formulas(step.Formulas.Count), step.Formulas, FormulaLook, Tag(lang)));
        }
        tree.Append(PptxShapes.Picture(4, step.File, step.File, part.GetIdOfPart(picture), PptxGeometry.Figure(step.Width, step.Height, step.Formulas.Count)));
        part.Slide = new P.Slide(new P.CommonSlideData(tree), new P.ColorMapOverride(new DocumentFormat.OpenXml.Drawing.MasterColorMapping()));

        var notes = part.AddNewPart<NotesSlidePart>();
        notes.AddPart(notesMaster);
        notes.AddPart(part);
        var notesTree = PptxMasters.EmptyTree();
        // A portrait notes page of 7,5 × 10 in: the slide's picture on top, the notes below.
        var inch = PptxGeometry.Inch;
        notesTree.Append(PptxShapes.SlideImage(2, (inch * 3 / 4, inch / 2, inch * 6, inch * 6 * 9 / 16)));
        notesTree.Append(PptxShapes.Text(3, "Notes", (inch * 3 / 4, inch * 4, inch * 6, inch * 55 / 10), SpeakerNotes.Lines(step, lang), NotesLook,
            Tag(lang), P.PlaceholderValues.Body, 1));
        notes.NotesSlide = new P.NotesSlide(new P.CommonSlideData(notesTree), new P.ColorMapOverride(new DocumentFormat.OpenXml.Drawing.MasterColorMapping()));
        return part;
    }

    private static string Tag(Lang lang) => new Localized("uk-UA", "en-GB").For(lang);
}
