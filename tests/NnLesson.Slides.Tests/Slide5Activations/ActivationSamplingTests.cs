using NnLesson.Core.Activations;
using NnLesson.Figures.Slide5Activations;

namespace NnLesson.Slides.Tests.Slide5Activations;

public class ActivationSamplingTests
{
    [Fact]
    public void The_grid_contains_zero_exactly_where_the_smooth_derivatives_peak()
    {
        var sampling = ActivationSampling.Of(Sigmoid.Instance, -6, 6);
        Assert.Contains(0.0, sampling.Z);
        // σ′(0) = σ(0)·(1 − σ(0)) = ½·½ = ¼ and tanh′(0) = 1 − 0² = 1, by hand; ReLU′ = 1 for every z > 0.
        Assert.Equal(0.25, sampling.MaxDerivative);
        Assert.Equal(1.0, ActivationSampling.Of(Tanh.Instance, -6, 6).MaxDerivative);
        Assert.Equal(1.0, ActivationSampling.Of(Relu.Instance, -6, 6).MaxDerivative);
    }

    [Fact]
    public void Values_and_derivatives_come_from_the_activation()
    {
        var sampling = ActivationSampling.Of(Tanh.Instance, -3, 3, points: 7);
        Assert.Equal([-3.0, -2, -1, 0, 1, 2, 3], sampling.Z);
        Tolerance.AllClose(sampling.Values, sampling.Z.Select(Math.Tanh).ToArray(), atol: 0, rtol: 0, "tanh values");
        Tolerance.AllClose(sampling.Derivatives, sampling.Z.Select(z => 1 - Math.Tanh(z) * Math.Tanh(z)).ToArray(), atol: 1e-15, rtol: 0, "tanh′");
    }

    [Fact]
    public void Sigmoid_is_flat_beyond_the_hand_computed_point_where_its_derivative_is_five_hundredths()
    {
        // σ(1 − σ) = 0.05 → σ = (1 − √0.8)/2, z = ln(σ/(1 − σ)) = −2.88727 (and +2.88727 by symmetry).
        var flat = ActivationSampling.Of(Sigmoid.Instance, -5, 5, points: 1001).FlatIntervals(0.05);
        Assert.Equal(2, flat.Count);
        Tolerance.Close(flat[0].Start, -5, atol: 1e-12, what: "left interval start");
        Tolerance.Close(flat[0].End, -2.88727, atol: 0.011, what: "left interval end");
        Tolerance.Close(flat[1].Start, 2.88727, atol: 0.011, what: "right interval start");
        Tolerance.Close(flat[1].End, 5, atol: 1e-12, what: "right interval end");
    }

    [Fact]
    public void Relu_is_flat_for_all_negative_z_and_never_for_positive_z()
    {
        var flat = ActivationSampling.Of(Relu.Instance, -5, 5).FlatIntervals(0.05);
        var only = Assert.Single(flat);
        Assert.Equal(-5, only.Start);
        Assert.Equal(0, only.End);  // ReLU′(0) = 0 by the PyTorch convention
    }
}
