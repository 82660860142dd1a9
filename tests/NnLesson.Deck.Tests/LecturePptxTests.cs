using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace NnLesson.Deck.Tests;

/// <summary>
/// lecture.pptx as `nnlesson all` writes it, read back with the Open XML SDK: valid for its validator, one slide per
/// manifest figure with that very file as its picture (a GIF stays a GIF) and speaker notes with the run's numbers,
/// in the run's language, and listed in the manifest with its hash.
/// </summary>
public class LecturePptxTests(DeckRun run) : IClassFixture<DeckRun>
{
    [Theory]
    [InlineData("uk")]
    [InlineData("en")]
    public void Is_valid_for_the_Open_XML_validator(string lang)
    {
        using var document = PresentationDocument.Open(Path.Combine(run.Folder(lang), "lecture.pptx"), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("en")]
    public void Has_a_slide_with_the_figure_its_title_and_notes_for_every_figure_in_order(string lang)
    {
        var folder = run.Folder(lang);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var figures = manifest["figures"]!.AsArray().Select(f => (File: (string)f!["file"]!, Slide: (string)f["slide"]!)).ToList();
        using var document = PresentationDocument.Open(Path.Combine(folder, "lecture.pptx"), isEditable: false);
        var presentation = document.PresentationPart!;
        var slides = presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!)).ToList();

        Assert.Equal(figures.Count, slides.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            var (file, slideId) = figures[i];
            var slide = slides[i];
            var pictures = slide.Slide.Descendants<P.Picture>().ToList();
            var picture = Assert.Single(pictures);
            Assert.Equal(file, picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
            var image = (ImagePart)slide.GetPartById(picture.BlipFill!.Blip!.Embed!.Value!);
            Assert.Equal(file.EndsWith(".gif", StringComparison.Ordinal) ? "image/gif" : "image/png", image.ContentType);
            using (var stream = image.GetStream())
            {
                Assert.Equal(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))), SHA256.HashData(stream));
            }
            // The picture lies on the slide, its aspect kept (within one EMU per pixel of rounding).
            var xfrm = picture.ShapeProperties!.Transform2D!;
            var (x, y, cx, cy) = (xfrm.Offset!.X!.Value, xfrm.Offset.Y!.Value, xfrm.Extents!.Cx!.Value, xfrm.Extents.Cy!.Value);
            var size = presentation.Presentation.SlideSize!;
            Assert.True(x >= 0 && y >= 0 && x + cx <= size.Cx!.Value && y + cy <= size.Cy!.Value, $"{file}: the picture leaves the slide");
            var (w, h) = ((int)manifest["figures"]![i]!["width"]!, (int)manifest["figures"]![i]!["height"]!);
            Assert.InRange((double)cx / cy, (double)w / h * 0.999, (double)w / h * 1.001);

            var title = slide.Slide.Descendants<P.Shape>().Single(s => s.Descendants<P.PlaceholderShape>().Any(p => p.Type?.Value == P.PlaceholderValues.Title));
            var number = new string(slideId.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
            var heading = NnLesson.Slides.SlideCatalogue.Get(slideId).Title.For(lang == "uk" ? NnLesson.Language.Lang.Uk : NnLesson.Language.Lang.En);
            Assert.Equal(number.Length == 0 ? heading : $"{(lang == "uk" ? "Слайд" : "Slide")} {number} · {heading}", Text(title));

            var notes = Text(slide.NotesSlidePart!.NotesSlide);
            Assert.Contains(file, notes);
            if (manifest["metrics"]?[slideId] is JsonObject { Count: > 0 })
            {
                Assert.Contains(lang == "uk" ? "Числа цього запуску" : "This run's numbers", notes);
            }
        }
    }

    [Fact]
    public void Speaks_the_runs_language_and_carries_the_runs_numbers()
    {
        using var uk = PresentationDocument.Open(Path.Combine(run.Folder("uk"), "lecture.pptx"), isEditable: false);
        var all = string.Join("\n", uk.PresentationPart!.SlideParts.Select(s => Text(s.Slide) + "\n" + Text(s.NotesSlidePart!.NotesSlide)));
        Assert.Contains("Перцептрон: логічні функції AND, OR", all);
        Assert.Contains("Числа цього запуску (manifest.json):", all);
        Assert.DoesNotContain("This run's numbers", all);
        // slide 3's AND epochs, as the manifest has them, in the notes.
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(run.Folder("uk"), "manifest.json")))!;
        var epochs = (int)manifest["metrics"]!["slide3"]!["AND"]!["epochs"]!;
        Assert.Contains($"AND · епохи: {epochs}", all);
        // Every manifest key is named in Ukrainian (MetricLabels): no snake_case key is left in a uk run's notes.
        var englishKeys = all.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, "(^| · )[a-z0-9]+_[a-z0-9_-]+:")).ToList();
        Assert.True(englishKeys.Count == 0, "English manifest keys in the uk notes: " + string.Join(" | ", englishKeys.Take(5)));
        Assert.Equal("uk-UA", uk.PresentationPart.SlideParts.First().Slide.Descendants<A.RunProperties>().First().Language!.Value);
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("en")]
    public void Is_listed_in_the_manifest_with_its_hash(string lang)
    {
        var folder = run.Folder(lang);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var document = Assert.Single(manifest["documents"]!.AsArray());
        Assert.Equal("lecture.pptx", (string)document!["file"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "lecture.pptx")))), (string)document["sha256"]!);
    }

    private static string Text(OpenXmlElement element) => string.Join("\n", element.Descendants<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))));
}
