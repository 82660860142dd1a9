using System.Globalization;
using NnLesson.Core.Networks;
using NnLesson.Figures.Slide4;
using NnLesson.Figures.Slide5Activations;
using NnLesson.Figures.Slide5Train;
using NnLesson.Figures.Slide6;
using NnLesson.Figures.Slide8;

namespace NnLesson.Slides.Tests.Figures;

/// <summary>
/// The numbers each slide's figure text writes, in both languages: every slide goes through the shared
/// formatter, so Ukrainian gets decimal commas (and "; " between listed decimals) and English decimal points.
/// </summary>
public class FigureNumberTextTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void Slide4_panel_titles_list_the_weights_and_bias()
    {
        Assert.Equal("h₁: w = (0,94; −1,18), b = −0,35", HiddenUnitsFigure.PanelTitle(0, 0.9414, -1.1799, -0.3521, Lang.Uk));
        Assert.Equal("h₁: w = (0.94, −1.18), b = −0.35", HiddenUnitsFigure.PanelTitle(0, 0.9414, -1.1799, -0.3521, Lang.En));
        Assert.Equal("h₁₂: w = (0,00; 1,00), b = 0,00", HiddenUnitsFigure.PanelTitle(11, -0.001, 1, 0.004, Lang.Uk));
    }

    [Fact]
    public void Slide5_activation_cards_write_intervals_and_the_sigmoid_ceiling_per_language()
    {
        Assert.Equal("(0; 1)", ActivationCard.Sigmoid.RangeFor(Lang.Uk));
        Assert.Equal("(−1; 1)", ActivationCard.Tanh.RangeFor(Lang.Uk));
        Assert.Equal("[0; ∞)", ActivationCard.Relu.RangeFor(Lang.Uk));
        Assert.Equal("(0, 1)", ActivationCard.Sigmoid.RangeFor(Lang.En));
        Assert.Equal("насичується: σ′ ≤ 0,25, градієнти зникають", ActivationCard.Sigmoid.ConFor(Lang.Uk));
        Assert.Equal("saturates: σ′ ≤ 0.25, gradients vanish", ActivationCard.Sigmoid.ConFor(Lang.En));
        Assert.Equal(ActivationCard.Relu.Pro.Uk, ActivationCard.Relu.ProFor(Lang.Uk)); // no number, unchanged
    }

    [Fact]
    public void Slide5_training_title_writes_accuracies_as_percentages()
    {
        var mlp = TwoLayerMlp.CreateRandom(2, 16, new Random(1));
        Assert.Equal($"Навчена мережа 2→16→1: точність 97,9{Nbsp}% (навч.), 96,5{Nbsp}% (валід.)",
            TrainedBoundaryFigure.Title(mlp, 0.979, 0.965, Lang.Uk));
        Assert.Equal("Trained network 2→16→1: accuracy 97.9% (train), 96.5% (validation)",
            TrainedBoundaryFigure.Title(mlp, 0.979, 0.965, Lang.En));
        Assert.Equal($"96,5{Nbsp}%", Slide5Texts.Percent(0.965, Lang.Uk));
        Assert.Equal("0,066", Slide5Texts.Number(0.0663, 3, Lang.Uk));
    }

    [Fact]
    public void Slide6_headings_group_large_class_counts()
    {
        Assert.Equal("Топ-5 з 1000 класів", CnnInferenceTexts.TopHeading(5, 1000).Uk);
        Assert.Equal($"Top 5 of 21{Nbsp}843 classes", CnnInferenceTexts.TopHeading(5, 21_843).En);
        Assert.Equal($"сума: 99,9{Nbsp}%", CnnInferenceTexts.TopSum(NnLesson.Figures.Text.NumberText.Percent(0.9991, Lang.Uk)).Uk);
    }

    [Fact]
    public void Slide8_lists_mean_and_std_with_semicolons_in_Ukrainian()
    {
        float[] mean = [0.485f, 0.456f, 0.406f];
        float[] std = [0.229f, 0.224f, 0.225f];
        var text = PipelineTexts.MeanStd(mean, std);
        Assert.StartsWith("μ = (0,485; 0,456; 0,406)\nσ = (0,229; 0,224; 0,225)\n", text.Uk);
        Assert.StartsWith("μ = (0.485, 0.456, 0.406)\nσ = (0.229, 0.224, 0.225)\n", text.En);
        Assert.Equal($"разом топ-5: 99,6{Nbsp}%", PipelineTexts.TopSum(5, 0.9961).Uk);
        Assert.Equal("top-5 together: 99.6%", PipelineTexts.TopSum(5, 0.9961).En);
    }

    [Fact]
    public void Figure_numbers_do_not_depend_on_the_machines_culture()
    {
        // The old slide 8 text used the current culture ("{sum:P1}"), so a laptop set to another culture changed
        // the figure. The build runs with invariant globalization, so make a culture with other separators by hand.
        var saved = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = "#";
        odd.NumberFormat.PercentDecimalSeparator = "#";
        odd.NumberFormat.NegativeSign = "~";
        try
        {
            CultureInfo.CurrentCulture = odd;
            Assert.Equal("top-5 together: 99.6%", PipelineTexts.TopSum(5, 0.9961).En);
            Assert.Equal($"разом топ-5: 99,6{Nbsp}%", PipelineTexts.TopSum(5, 0.9961).Uk);
            Assert.Equal("h₁: w = (0.94, −1.18), b = −0.35", HiddenUnitsFigure.PanelTitle(0, 0.9414, -1.1799, -0.3521, Lang.En));
            Assert.Equal("μ = (0,485; 0,456; 0,406)", PipelineTexts.MeanStd([0.485f, 0.456f, 0.406f], [1f, 1f, 1f]).Uk.Split('\n')[0]);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
