using NnLesson.Core.Linear;

namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// The learned numbers of a <see cref="CnnArchitecture"/> in float32 (what the fast path trains and cnn.json keeps):
/// for each Conv or Dense layer in order, its weights (row-major, <see cref="LayerSpec.WeightShape"/>) then its bias.
/// </summary>
public sealed record CnnWeights(CnnArchitecture Architecture, IReadOnlyList<float[]> Tensors)
{
    /// <summary>
    /// He initialisation (He et al. 2015, for ReLU networks): w ~ N(0, 2 / fanIn), b = 0. A ReLU keeps half of a
    /// zero-mean signal's power, so variance 2/fanIn keeps the activations' scale the same from layer to layer.
    /// Drawn layer by layer, weight by weight, from one seeded <paramref name="random"/>.
    /// </summary>
    public static CnnWeights HeInitialised(CnnArchitecture architecture, Random random)
    {
        var tensors = new List<float[]>();
        foreach (var layer in architecture.Layers.Where(l => l.HasParameters))
        {
            var std = Math.Sqrt(2.0 / layer.FanIn);
            var w = new float[layer.WeightCount];
            for (var i = 0; i < w.Length; i++)
            {
                w[i] = (float)(std * Gaussian.Next(random));
            }
            tensors.Add(w);
            tensors.Add(new float[layer.Out]);
        }
        return new CnnWeights(architecture, tensors);
    }

    public CnnWeights Copy() => this with { Tensors = Tensors.Select(t => (float[])t.Clone()).ToList() };

    public int ParameterCount => Tensors.Sum(t => t.Length);
}
