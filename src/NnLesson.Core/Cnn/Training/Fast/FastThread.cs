namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// What one thread owns while it trains on its share of a mini-batch: every layer's output and its gradient for up to
/// <see cref="Capacity"/> samples (Act[l]: the input of layer l, [n, C, H, W]; Grad[l] = ∂L/∂Act[l], same shape), its own
/// parameter gradients (summed over its samples; the threads' sums are added after the batch) and each layer's scratch.
/// </summary>
internal sealed class FastThread
{
    public FastThread(IReadOnlyList<FastLayer> layers, TensorShape input, CnnWeights weights, int capacity)
    {
        Capacity = capacity;
        Act = new float[layers.Count + 1][];
        Grad = new float[layers.Count + 1][];
        Act[0] = new float[capacity * input.Size];
        Grad[0] = new float[capacity * input.Size];
        for (var l = 0; l < layers.Count; l++)
        {
            var flatten = layers[l].Spec.Kind == LayerKind.Flatten; // the same values in a new shape: share the arrays
            Act[l + 1] = flatten ? Act[l] : new float[capacity * layers[l].Output.Size];
            Grad[l + 1] = flatten ? Grad[l] : new float[capacity * layers[l].Output.Size];
        }
        Gradients = weights.Tensors.Select(t => new float[t.Length]).ToArray();
        Scratch = layers.Select(l => l.CreateScratch(capacity)).ToArray();
    }

    public int Capacity { get; }

    public float[][] Act { get; }

    public float[][] Grad { get; }

    /// <summary>Σ over this thread's samples of ∂L/∂θ, in the order of <see cref="CnnWeights.Tensors"/>.</summary>
    public float[][] Gradients { get; }

    public object?[] Scratch { get; }

    public double Loss { get; set; }

    public int Correct { get; set; }

    public void ZeroGradients()
    {
        foreach (var g in Gradients)
        {
            Array.Clear(g);
        }
        (Loss, Correct) = (0, 0);
    }
}
