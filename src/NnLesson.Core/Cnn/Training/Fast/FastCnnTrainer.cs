using NnLesson.Core.Cnn.Fast;
using System.Numerics.Tensors;

namespace NnLesson.Core.Cnn.Training.Fast;

/// <summary>
/// Mini-batch training of a <see cref="CnnArchitecture"/> in float32, fast: the batch is cut into one share per thread,
/// each thread runs the forward pass, the loss and the backward pass of its share (<see cref="FastLayer"/>s on its own
/// <see cref="FastThread"/>), then the threads' gradient sums are added and one SGD-with-momentum step updates the weights:
/// <code>g = (1/B) Σ over the batch of ∂ℓ_n/∂θ        (the shares' sums added; 1/B is already in each dz)
/// v ← μ·v + g,   θ ← θ − η·v                     (<see cref="SgdMomentum"/>)</code>
/// It computes the same numbers as the readable <see cref="Network"/> (up to float rounding; a test checks it).
/// </summary>
public sealed class FastCnnTrainer
{
    private readonly IReadOnlyList<FastLayer> _layers;
    private readonly FastThread[] _threads;
    private readonly float[][] _velocity;

    /// <param name="weights">Trained in place.</param>
    /// <param name="maxBatch">The largest batch <see cref="Step"/> will be given.</param>
    /// <param name="threads">Threads (shares of a batch); 0 or less means every core.</param>
    /// <param name="microKernel">The GEMM's inner kernel; <see cref="ConvMicroKernel.Best"/> except in tests of the fallbacks.</param>
    public FastCnnTrainer(CnnWeights weights, int maxBatch, int threads = 0, ConvMicroKernel microKernel = ConvMicroKernel.Best)
    {
        Weights = weights;
        Threads = Math.Max(1, Math.Min(threads > 0 ? threads : Environment.ProcessorCount, maxBatch));
        _layers = FastLayer.For(weights.Architecture, microKernel);
        var capacity = (maxBatch + Threads - 1) / Threads;
        _threads = Enumerable.Range(0, Threads).Select(_ => new FastThread(_layers, weights.Architecture.Input, weights, capacity)).ToArray();
        _velocity = weights.Tensors.Select(t => new float[t.Length]).ToArray();
        MaxBatch = maxBatch;
    }

    public CnnWeights Weights { get; }

    public int Threads { get; }

    public int MaxBatch { get; }

    /// <summary>How to normalise pixels: x = (p / 255 − Mean) / Std.</summary>
    public (float Mean, float Std) Normalisation { get; init; } = (0, 1);

    /// <summary>
    /// One SGD step on the samples <paramref name="batch"/> of <paramref name="data"/>: their mean loss and how many the network
    /// (before the step) got right. <paramref name="mirrored"/>, when given, says which samples enter mirrored left to right
    /// (data augmentation: a shirt mirrored is still a shirt), chosen by the caller from its seeded random.
    /// </summary>
    public (double Loss, int Correct) Step(PixelImages data, ReadOnlySpan<int> batch, float learningRate, float momentum, ReadOnlySpan<bool> mirrored = default)
    {
        var (loss, correct) = ComputeGradients(data, batch, mirrored);
        for (var p = 0; p < Weights.Tensors.Count; p++)
        {
            SgdMomentum.Step(Weights.Tensors[p], _threads[0].Gradients[p], _velocity[p], learningRate, momentum);
        }
        return (loss, correct);
    }

    /// <summary>∂L/∂θ of the mean loss over <paramref name="batch"/>, in the order of <see cref="CnnWeights.Tensors"/> (copies), and the loss.</summary>
    public (double Loss, float[][] Gradients) Gradients(PixelImages data, ReadOnlySpan<int> batch)
    {
        var (loss, _) = ComputeGradients(data, batch, default);
        return (loss, _threads[0].Gradients.Select(g => (float[])g.Clone()).ToArray());
    }

    private (double Loss, int Correct) ComputeGradients(PixelImages data, ReadOnlySpan<int> batch, ReadOnlySpan<bool> mirrored)
    {
        if (batch.Length == 0 || batch.Length > MaxBatch)
        {
            throw new ArgumentException($"A batch of {batch.Length} samples; this trainer takes 1…{MaxBatch}.", nameof(batch));
        }
        foreach (var layer in _layers)
        {
            layer.PrepareBatch(Weights);
        }
        var indices = batch.ToArray();
        var mirror = mirrored.IsEmpty ? null : mirrored.ToArray();
        var shares = Math.Min(Threads, indices.Length);
        void Share(int s)
        {
            int from = s * indices.Length / shares, to = (s + 1) * indices.Length / shares;
            TrainShare(_threads[s], data, indices.AsSpan(from, to - from), mirror is null ? default : mirror.AsSpan(from, to - from), indices.Length);
        }
        if (shares == 1)
        {
            Share(0);
        }
        else
        {
            Parallel.For(0, shares, new ParallelOptions { MaxDegreeOfParallelism = shares }, Share);
        }
        var first = _threads[0];
        for (var s = 1; s < shares; s++)
        {
            for (var p = 0; p < first.Gradients.Length; p++)
            {
                TensorPrimitives.Add(first.Gradients[p], _threads[s].Gradients[p], first.Gradients[p]);
            }
            first.Loss += _threads[s].Loss;
            first.Correct += _threads[s].Correct;
        }
        return (first.Loss / indices.Length, first.Correct);
    }

    private void TrainShare(FastThread t, PixelImages data, ReadOnlySpan<int> share, ReadOnlySpan<bool> mirrored, int batchSize)
    {
        t.ZeroGradients();
        Load(t, data, share, mirrored);
        Forward(t, share.Length);
        // Softmax cross-entropy: dz = (p − onehot(y)) / B, with B the whole batch (the mean is over the batch, not the share).
        var classes = _layers[^1].Output.Size;
        var logits = t.Act[_layers.Count];
        var dz = t.Grad[_layers.Count];
        var loss = 0.0;
        for (var n = 0; n < share.Length; n++)
        {
            var z = logits.AsSpan(n * classes, classes);
            var d = dz.AsSpan(n * classes, classes);
            var label = data.Labels[share[n]];
            var max = TensorPrimitives.Max(z);
            TensorPrimitives.Subtract(z, max, d);
            TensorPrimitives.Exp(d, d);
            var sum = TensorPrimitives.Sum(d);
            loss += Math.Log(sum) - (z[label] - max); // −log p[y]
            TensorPrimitives.Multiply(d, 1f / (sum * batchSize), d);
            d[label] -= 1f / batchSize;
            t.Correct += TensorPrimitives.IndexOfMax(z) == label ? 1 : 0;
        }
        t.Loss = loss;
        for (var l = _layers.Count - 1; l >= 0; l--)
        {
            _layers[l].Backward(t, share.Length, inputGradient: l > 0);
        }
    }

    private void Load(FastThread t, PixelImages data, ReadOnlySpan<int> samples, ReadOnlySpan<bool> mirrored = default)
    {
        var size = data.SampleSize;
        for (var n = 0; n < samples.Length; n++)
        {
            var x = t.Act[0].AsSpan(n * size, size);
            data.Normalise(samples[n], Normalisation.Mean, Normalisation.Std, x);
            if (!mirrored.IsEmpty && mirrored[n])
            {
                for (var row = 0; row < data.Height; row++)
                {
                    x.Slice(row * data.Width, data.Width).Reverse(); // x[i, j] ← x[i, W−1−j]
                }
            }
        }
    }

    private void Forward(FastThread t, int count)
    {
        foreach (var layer in _layers)
        {
            layer.Forward(t, count);
        }
    }

    /// <summary>The logits [count, K] of samples start … start+count−1 of <paramref name="data"/>, the threads taking chunks in turn.</summary>
    public float[] Logits(PixelImages data, int start, int count)
    {
        foreach (var layer in _layers)
        {
            layer.PrepareBatch(Weights);
        }
        var classes = _layers[^1].Output.Size;
        var logits = new float[count * classes];
        var chunk = _threads[0].Capacity;
        var chunks = (count + chunk - 1) / chunk;
        var next = -1;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, s =>
        {
            var t = _threads[s];
            var indices = new int[chunk];
            for (int c; (c = Interlocked.Increment(ref next)) < chunks;)
            {
                var from = c * chunk;
                var n = Math.Min(chunk, count - from);
                for (var i = 0; i < n; i++)
                {
                    indices[i] = start + from + i;
                }
                Load(t, data, indices.AsSpan(0, n));
                Forward(t, n);
                t.Act[_layers.Count].AsSpan(0, n * classes).CopyTo(logits.AsSpan(from * classes, n * classes));
            }
        });
        return logits;
    }

    /// <summary>One sample's values after every layer (the input first): what the feature-map figure draws.</summary>
    public IReadOnlyList<float[]> Activations(PixelImages data, int sample)
    {
        foreach (var layer in _layers)
        {
            layer.PrepareBatch(Weights);
        }
        var t = _threads[0];
        Load(t, data, [sample]);
        Forward(t, 1);
        var shapes = new List<TensorShape> { Weights.Architecture.Input };
        shapes.AddRange(_layers.Select(l => l.Output));
        return shapes.Select((shape, l) => t.Act[l].AsSpan(0, shape.Size).ToArray()).ToArray();
    }
}
