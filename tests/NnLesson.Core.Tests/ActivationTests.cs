using NnLesson.Core.Activations;

namespace NnLesson.Core.Tests;

public class ActivationTests
{
    public static TheoryData<string> Names => new() { "sigmoid", "tanh", "relu" };

    private static IActivation ByName(string name) => name switch
    {
        "sigmoid" => Sigmoid.Instance,
        "tanh" => Tanh.Instance,
        _ => Relu.Instance,
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Derivative_matches_central_difference_away_from_kinks(string name)
    {
        var f = ByName(name);
        const double h = 1e-5;
        foreach (var z in new[] { -6.0, -2.5, -0.7, 0.3, 1.1, 4.0 })
        {
            var numeric = (f.Value(z + h) - f.Value(z - h)) / (2 * h);
            Tolerance.Close(f.Derivative(z), numeric, atol: 1e-9, rtol: 1e-7, what: $"{name}'({z})");
        }
    }

    [Fact]
    public void Sigmoid_is_stable_and_exact_at_extreme_inputs()
    {
        Assert.Equal(1.0, Sigmoid.Apply(800));
        Assert.Equal(0.0, Sigmoid.Apply(-800));
        Assert.Equal(0.5, Sigmoid.Apply(0));
        // Reference: 1/(1+e^-3) = 0.9525741268224334 (math.exp in Python).
        Tolerance.Close(Sigmoid.Apply(3), 0.9525741268224334, atol: 0, rtol: 1e-15);
        Tolerance.Close(Sigmoid.Apply(-3), 1 - 0.9525741268224334, atol: 0, rtol: 1e-14);
    }

    [Fact]
    public void Sigmoid_derivative_never_exceeds_a_quarter_the_vanishing_gradient_claim()
    {
        var max = Enumerable.Range(-6000, 12001).Select(i => Sigmoid.Instance.Derivative(i / 1000.0)).Max();
        Assert.Equal(0.25, max, 12);
    }

    [Fact]
    public void Ranges_are_as_the_slide_says()
    {
        var zs = Enumerable.Range(-100, 201).Select(i => i / 10.0).ToArray();
        Assert.All(zs, z => Assert.InRange(Sigmoid.Apply(z), 0.0, 1.0));
        Assert.All(zs, z => Assert.InRange(Tanh.Instance.Value(z), -1.0, 1.0));
        Assert.All(zs, z => Assert.True(Relu.Instance.Value(z) >= 0));
        Assert.Equal(7.5, Relu.Instance.Value(7.5));
    }
}
