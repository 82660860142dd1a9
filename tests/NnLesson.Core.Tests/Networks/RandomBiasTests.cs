using NnLesson.Core.Networks;

namespace NnLesson.Core.Tests.Networks;

/// <summary>
/// The random-bias factory used by slide 4: the weights are exactly those of the zero-bias network of the same
/// seed (so slide 5's training start, which uses the zero-bias factory, is untouched), and the biases follow N(0, std²).
/// </summary>
public class RandomBiasTests
{
    [Fact]
    public void Weights_match_the_zero_bias_network_of_the_same_seed()
    {
        var withBiases = TwoLayerMlp.CreateRandom(2, 8, new Random(42), biasStd: 1.0);
        var zeroBiases = TwoLayerMlp.CreateRandom(2, 8, new Random(42));
        Assert.Equal(zeroBiases.W1.Data, withBiases.W1.Data);
        Assert.Equal(zeroBiases.W2.Data, withBiases.W2.Data);
        Assert.All(withBiases.B1, b => Assert.NotEqual(0.0, b));
        Assert.NotEqual(0.0, withBiases.B2[0]);
        // The zero-bias factory that training starts from still gives zero biases.
        Assert.All(zeroBiases.B1, b => Assert.Equal(0.0, b));
        Assert.Equal(0.0, zeroBiases.B2[0]);
    }

    [Fact]
    public void Biases_are_normal_with_the_requested_spread()
    {
        // 20 000 draws: the sample std of N(0, 1.5²) is within about 0.5 % of 1.5 (std error 1.5/√40000), the mean within 0.011 (1.5/√20000).
        var mlp = TwoLayerMlp.CreateRandom(2, 20_000, new Random(3), biasStd: 1.5);
        var mean = mlp.B1.Average();
        var std = Math.Sqrt(mlp.B1.Select(b => (b - mean) * (b - mean)).Average());
        Tolerance.Close(mean, 0, atol: 0.05, what: "mean of b1");
        Tolerance.Close(std, 1.5, atol: 0, rtol: 0.03, what: "std of b1");
        // About 68 % within one std, as a normal distribution has.
        Tolerance.Close(mlp.B1.Count(b => Math.Abs(b) < 1.5) / 20_000.0, 0.6827, atol: 0.02, what: "share within one std");
    }

    [Fact]
    public void Same_seed_gives_the_same_biases_and_zero_spread_gives_zero_biases()
    {
        var a = TwoLayerMlp.CreateRandom(2, 8, new Random(7), 1.0);
        var b = TwoLayerMlp.CreateRandom(2, 8, new Random(7), 1.0);
        var c = TwoLayerMlp.CreateRandom(2, 8, new Random(8), 1.0);
        Assert.Equal(a.B1, b.B1);
        Assert.Equal(a.B2, b.B2);
        Assert.NotEqual(a.B1, c.B1);
        var flat = TwoLayerMlp.CreateRandom(2, 8, new Random(7), 0.0);
        Assert.All(flat.B1, v => Assert.Equal(0.0, v));
        Assert.Equal(a.W1.Data, flat.W1.Data);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_spread_is_refused(double biasStd)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TwoLayerMlp.CreateRandom(2, 8, new Random(1), biasStd));
        Assert.Equal("biasStd", e.ParamName);
    }
}
