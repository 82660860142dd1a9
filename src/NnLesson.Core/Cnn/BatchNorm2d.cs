namespace NnLesson.Core.Cnn;

/// <summary>
/// Batch normalisation in inference form, per channel c:
/// <code>y[c, i, j] = γ[c] · (x[c, i, j] − μ[c]) / √(σ²[c] + ε) + β[c]</code>
/// with the running mean μ and variance σ² learned in training; γ, β, μ, σ²: [C]. At inference it is an
/// affine map per channel, so it can be folded into the convolution before it (<see cref="FoldInto"/>).
/// </summary>
public sealed record BatchNorm2d(float[] Scale, float[] Bias, float[] Mean, float[] Variance, float Epsilon)
{
    public int Channels => Scale.Length;

    public ChwTensor Forward(ChwTensor x)
    {
        CheckChannels(x.Channels);
        var y = ChwTensor.Zeros(x.Channels, x.Height, x.Width);
        for (var c = 0; c < x.Channels; c++)
        {
            var invStd = 1f / MathF.Sqrt(Variance[c] + Epsilon);
            for (var i = 0; i < x.Height; i++)
            {
                for (var j = 0; j < x.Width; j++)
                {
                    y[c, i, j] = Scale[c] * (x[c, i, j] - Mean[c]) * invStd + Bias[c];
                }
            }
        }
        return y;
    }

    /// <summary>
    /// The convolution that computes conv followed by this batch norm in one step:
    /// w′[o] = w[o] · g[o], b′[o] = (b[o] − μ[o]) · g[o] + β[o], with g[o] = γ[o] / √(σ²[o] + ε).
    /// </summary>
    public ConvKernel FoldInto(ConvKernel conv)
    {
        CheckChannels(conv.OutChannels);
        var weights = new float[conv.Weights.Length];
        var bias = new float[conv.OutChannels];
        var perFilter = conv.FilterLength;
        for (var o = 0; o < conv.OutChannels; o++)
        {
            var g = Scale[o] / MathF.Sqrt(Variance[o] + Epsilon);
            for (var k = 0; k < perFilter; k++)
            {
                weights[o * perFilter + k] = conv.Weights[o * perFilter + k] * g;
            }
            bias[o] = (conv.Bias[o] - Mean[o]) * g + Bias[o];
        }
        return new ConvKernel(conv.OutChannels, conv.InChannels, conv.Height, conv.Width, weights, bias);
    }

    private void CheckChannels(int channels)
    {
        if (Bias.Length != Channels || Mean.Length != Channels || Variance.Length != Channels)
        {
            throw new LessonException(
                $"BatchNormalization: довжини масштабу, зсуву, середнього й дисперсії — {Scale.Length}, {Bias.Length}, {Mean.Length}, {Variance.Length}; вони мають бути однакові.",
                $"BatchNormalization: scale, bias, mean and variance have {Scale.Length}, {Bias.Length}, {Mean.Length}, {Variance.Length} values; they must be equal.");
        }
        if (channels != Channels)
        {
            throw new LessonException(
                $"BatchNormalization: кількість каналів у параметрах — {Channels}, а у входу — {channels}.",
                $"BatchNormalization: {Channels} channels of parameters for an input of {channels} channels.");
        }
    }
}
