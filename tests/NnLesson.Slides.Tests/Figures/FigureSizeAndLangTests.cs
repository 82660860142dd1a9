namespace NnLesson.Slides.Tests.Figures;

public class FigureSizeAndLangTests
{
    [Theory]
    [InlineData("1600x900", 1600, 900)]
    [InlineData("1920×1080", 1920, 1080)]
    [InlineData(" 800X450 ", 800, 450)]
    public void Sizes_parse(string text, int width, int height) =>
        Assert.Equal(new FigureSize(width, height), FigureSize.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1600")]
    [InlineData("axb")]
    [InlineData("10x10")]
    [InlineData("100000x900")]
    [InlineData("-1600x900")]
    public void Nonsense_sizes_are_refused(string text) => Assert.Null(FigureSize.TryParse(text));

    [Fact]
    public void Default_is_sixteen_by_nine() => Assert.Equal(16.0 / 9.0, FigureSize.Default.Width / (double)FigureSize.Default.Height, 6);

    [Theory]
    [InlineData("uk", Lang.Uk)]
    [InlineData("EN", Lang.En)]
    public void Languages_parse(string text, Lang expected) => Assert.Equal(expected, LangNames.TryParse(text));

    [Fact]
    public void Unknown_language_is_null() => Assert.Null(LangNames.TryParse("de"));
}
