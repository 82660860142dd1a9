using NnLesson.Figures.Slide7;
using NnLesson.Slides.Lessons;

namespace NnLesson.Slides.Tests.Animation;

/// <summary>The plain 2-D convolution behind slide 7's animation, against values worked out by hand.</summary>
public class ConvolutionExampleTests
{
    [Fact]
    public void Convolve2D_matches_a_hand_computed_example()
    {
        // x: [3, 4], w: [2, 2], stride 1 → y: [2, 3]; y[0, 0] = 1·1 + 0·2 + 0·5 + (−1)·6 = −5, and so on.
        double[,] x = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
        double[,] w = { { 1, 0 }, { 0, -1 } };
        var y = ConvolutionExample.Convolve2D(x, w, 1);
        Assert.Equal(new double[,] { { -5, -5, -5 }, { -5, -5, -5 } }, y);
    }

    [Fact]
    public void A_centred_one_copies_the_inside_and_stride_two_skips_every_other_position()
    {
        var x = new double[5, 5];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                x[i, j] = 10 * i + j;
            }
        }
        double[,] identity = { { 0, 0, 0 }, { 0, 1, 0 }, { 0, 0, 0 } };
        Assert.Equal(new double[,] { { 11, 12, 13 }, { 21, 22, 23 }, { 31, 32, 33 } }, ConvolutionExample.Convolve2D(x, identity, 1));
        Assert.Equal(new double[,] { { 11, 13 }, { 31, 33 } }, ConvolutionExample.Convolve2D(x, identity, 2));
    }

    [Fact]
    public void The_vertical_edge_kernel_is_positive_where_it_gets_brighter_to_the_right()
    {
        double[,] ramp = { { 0, 0, 1, 1 }, { 0, 0, 1, 1 }, { 0, 0, 1, 1 } };
        var y = ConvolutionExample.Convolve2D(ramp, ConvolutionExample.VerticalEdgeKernel, 1);
        Assert.Equal(new double[,] { { 4, 4 } }, y);
        var flipped = ConvolutionExample.Convolve2D(new double[,] { { 1, 1, 0 }, { 1, 1, 0 }, { 1, 1, 0 } }, ConvolutionExample.VerticalEdgeKernel, 1);
        Assert.Equal(-4, flipped[0, 0]);
    }

    [Fact]
    public void The_sample_photo_crop_is_grey_in_0_to_1_and_has_strong_edges_of_both_signs()
    {
        var data = ConvolutionExample.FromPhoto(Path.Combine(NnLesson.Tests.Shared.RepoPaths.Root, "data", "sample.jpg"));
        data.Validate();
        Assert.Equal((8, 8), (data.Input.GetLength(0), data.Input.GetLength(1)));
        Assert.All(data.Input.Cast<double>(), v => Assert.InRange(v, 0.0, 1.0));
        Assert.Equal(ConvolutionExample.Convolve2D(data.Input, data.Kernel, data.Stride), data.Output);
        Assert.True(data.Output.Cast<double>().Max() > 0.5 && data.Output.Cast<double>().Min() < -0.5, "the crop should show edges of both directions");
    }

    [Fact]
    public void Animation_data_with_shapes_that_do_not_fit_is_refused()
    {
        var kernel = ConvolutionExample.VerticalEdgeKernel;
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[5, 5], kernel, 1, new double[2, 2]).Validate());
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[5, 5], new double[3, 2], 1, new double[3, 3]).Validate());
        Assert.Throws<ArgumentException>(() => new ConvolutionAnimationData(new double[2, 2], kernel, 1, new double[1, 1]).Validate());
        new ConvolutionAnimationData(new double[5, 5], kernel, 2, new double[2, 2]).Validate();
    }
}
