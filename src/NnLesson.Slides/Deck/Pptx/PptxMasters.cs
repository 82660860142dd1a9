using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace NnLesson.Slides.Deck.Pptx;

/// <summary>
/// What every slide hangs on: one slide master with one blank layout (the slides place their own shapes) and a
/// notes master (so the speaker notes have a page), each with the theme. Ids follow the format's rules: masters and
/// layouts from 2 147 483 648 up, unique together.
/// </summary>
internal static class PptxMasters
{
    private const uint MasterId = 2_147_483_648;

    /// <summary>Adds the masters to the presentation part; returns the layout every slide uses and the notes master.</summary>
    public static (SlideLayoutPart Layout, NotesMasterPart NotesMaster) AddTo(PresentationPart presentation)
    {
        var theme = presentation.AddNewPart<ThemePart>();
        theme.Theme = PptxTheme.Create();

        var master = presentation.AddNewPart<SlideMasterPart>();
        master.AddPart(theme);
        var layout = master.AddNewPart<SlideLayoutPart>();
        layout.SlideLayout = new P.SlideLayout(
            new P.CommonSlideData(EmptyTree()) { Name = "Blank" },
            new P.ColorMapOverride(new A.MasterColorMapping()))
        { Type = P.SlideLayoutValues.Blank };
        layout.AddPart(master);
        master.SlideMaster = new P.SlideMaster(
            new P.CommonSlideData(new P.Background(new P.BackgroundStyleReference(new A.SchemeColor { Val = A.SchemeColorValues.Background1 }) { Index = 1001 }), EmptyTree()),
            ColorMap(),
            new P.SlideLayoutIdList(new P.SlideLayoutId { Id = MasterId + 1, RelationshipId = master.GetIdOfPart(layout) }));

        var notesMaster = presentation.AddNewPart<NotesMasterPart>();
        var notesTheme = notesMaster.AddNewPart<ThemePart>();
        notesTheme.Theme = PptxTheme.Create();
        notesMaster.NotesMaster = new P.NotesMaster(new P.CommonSlideData(EmptyTree()), ColorMap());

        presentation.Presentation = new P.Presentation(
            new P.SlideMasterIdList(new P.SlideMasterId { Id = MasterId, RelationshipId = presentation.GetIdOfPart(master) }),
            new P.NotesMasterIdList(new P.NotesMasterId { Id = presentation.GetIdOfPart(notesMaster) }),
            new P.SlideIdList(),
            new P.SlideSize { Cx = (int)PptxGeometry.SlideWidth, Cy = (int)PptxGeometry.SlideHeight },
            new P.NotesSize { Cx = 6_858_000, Cy = 9_144_000 });
        return (layout, notesMaster);
    }

    /// <summary>A shape tree with nothing in it: the group's own properties (id 1) only.</summary>
    public static P.ShapeTree EmptyTree() => new(
        new P.NonVisualGroupShapeProperties(
            new P.NonVisualDrawingProperties { Id = 1, Name = "" },
            new P.NonVisualGroupShapeDrawingProperties(),
            new P.ApplicationNonVisualDrawingProperties()),
        new P.GroupShapeProperties(new A.TransformGroup(
            new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
            new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));

    private static P.ColorMap ColorMap() => new()
    {
        Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
        Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
        Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
        Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4,
        Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
        Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
    };
}
