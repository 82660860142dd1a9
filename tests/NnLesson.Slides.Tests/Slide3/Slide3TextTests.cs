using NnLesson.Figures.Slide3;
using NnLesson.Figures.Text;

namespace NnLesson.Slides.Tests.Slide3;

public class Slide3TextTests
{
    [Theory]
    [InlineData(1, "епоху")]
    [InlineData(2, "епохи")]
    [InlineData(4, "епохи")]
    [InlineData(5, "епох")]
    [InlineData(11, "епох")]
    [InlineData(14, "епох")]
    [InlineData(21, "епоху")]
    [InlineData(22, "епохи")]
    [InlineData(100, "епох")]
    [InlineData(111, "епох")]
    public void Ukrainian_numerals_take_the_right_noun_form(int n, string expected) =>
        Assert.Equal(expected, UkrainianPlural.Form(n, "епоху", "епохи", "епох"));

    [Fact]
    public void Numbers_use_the_languages_decimal_separator_and_a_true_minus()
    {
        Assert.Equal("0,268·x₁ + 0,041·x₂ − 0,274 = 0", Slide3Text.LineEquation(0.268106, 0.0409073, -0.274482, Lang.Uk));
        Assert.Equal("0.268·x₁ + 0.041·x₂ − 0.274 = 0", Slide3Text.LineEquation(0.268106, 0.0409073, -0.274482, Lang.En));
        Assert.Equal("−0,032·x₁ − 0,159·x₂ + 0,026 = 0", Slide3Text.LineEquation(-0.0317, -0.1591, 0.0262, Lang.Uk));
        // A term that rounds to zero is "+ 0,000", never "− 0,000".
        Assert.Equal("0,100·x₁ + 0,000·x₂ + 0,000 = 0", Slide3Text.LineEquation(0.1, -0.0001, 0, Lang.Uk));
        Assert.Equal("w₁ = 0,268    w₂ = 0,041    b = −0,274", Slide3Text.Weights(0.268106, 0.0409073, -0.274482, Lang.Uk));
        Assert.Equal("w₁ = 0.268    w₂ = 0.041    b = −0.274", Slide3Text.Weights(0.268106, 0.0409073, -0.274482, Lang.En));
    }

    [Fact]
    public void Epoch_counts_read_naturally_in_both_languages()
    {
        Assert.Equal("за 6 епох, швидкість навчання lr = 0,1", Slide3Text.InEpochs(6, 0.1, Lang.Uk));
        Assert.Equal("за 3 епохи, швидкість навчання lr = 0,05", Slide3Text.InEpochs(3, 0.05, Lang.Uk));
        Assert.Equal("in 1 epoch, learning rate lr = 0.1", Slide3Text.InEpochs(1, 0.1, Lang.En));
    }
}
