using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training;
using NnLesson.Core.Cnn.Training.Fast;

namespace NnLesson.Core.Tests.Cnn.Training;

/// <summary>
/// The fast float32 trainer against the readable float64 <see cref="Network"/>: the same loss, gradients, logits and
/// SGD step on the same weights and batch, with every micro-kernel this CPU runs and on 1, 2 and 3 threads.
/// </summary>
public class FastTrainerTests
{
    private static PixelImages RandomImages(Random random, int count, int h, int w, int classes)
    {
        var pixels = new byte[count * h * w];
        random.NextBytes(pixels);
        return new PixelImages(pixels, TrainingRandom.Labels(random, count, classes), h, w);
    }

    private static Batch ReadableBatch(PixelImages data, int[] indices, (float Mean, float Std) norm)
    {
        var x = new Batch(indices.Length, 1, data.Height, data.Width);
        var sample = new float[data.SampleSize];
        for (var n = 0; n < indices.Length; n++)
        {
            data.Normalise(indices[n], norm.Mean, norm.Std, sample);
            for (var i = 0; i < sample.Length; i++)
            {
                x.Data[n * sample.Length + i] = sample[i];
            }
        }
        return x;
    }

    public static IEnumerable<object[]> Kernels() =>
        Enum.GetValues<ConvMicroKernel>().Where(Conv2dFast.Supports).Select(GemmMicroKernels.Resolve).Distinct().Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Fast_gradients_equal_the_readable_ones_on_LeNet_with_every_kernel_and_thread_count(ConvMicroKernel micro)
    {
        var architecture = CnnArchitecture.LeNet(8, 16, 120, 10); // the slide's default network
        var weights = TrainingRandom.Weights(architecture, 21);
        var random = new Random(22);
        var data = RandomImages(random, 20, 28, 28, 10);
        int[] batch = [3, 17, 0, 9, 11, 4, 5];
        var norm = data.PixelStatistics();
        var readable = new Network(architecture, weights);
        var (loss, _) = readable.LossAndGradients(ReadableBatch(data, batch, norm), batch.Select(i => data.Labels[i]).ToArray());
        foreach (var threads in new[] { 1, 2, 3 })
        {
            var fast = new FastCnnTrainer(weights.Copy(), 8, threads, micro) { Normalisation = norm };
            var (fastLoss, gradients) = fast.Gradients(data, batch);
            Assert.Equal(loss, fastLoss, 5);
            for (var p = 0; p < gradients.Length; p++)
            {
                CnnRandom.AssertClose(gradients[p], readable.Parameters[p].Gradient.Select(g => (float)g).ToArray(), 1e-4,
                    $"{readable.Parameters[p].Name}, {micro}, {threads} threads");
            }
        }
    }

    [Fact]
    public void Strided_padded_convolutions_agree_too()
    {
        // A network the slide does not use: stride 2 with padding 1, 3×3 pooling windows of stride 3.
        var architecture = new CnnArchitecture(new TensorShape(1, 13, 11),
        [
            LayerSpec.Conv(5, 1, 3, padding: 1, stride: 2), LayerSpec.Relu, LayerSpec.Conv(7, 5, 3, padding: 1), LayerSpec.Relu,
            LayerSpec.MaxPool(3), LayerSpec.Flatten, LayerSpec.Dense(3, 7 * 2 * 2),
        ]);
        var weights = TrainingRandom.Weights(architecture, 5);
        var random = new Random(6);
        var data = RandomImages(random, 6, 13, 11, 3);
        int[] batch = [0, 1, 2, 3, 4, 5];
        var readable = new Network(architecture, weights);
        readable.LossAndGradients(ReadableBatch(data, batch, (0.5f, 0.3f)), data.Labels);
        var (_, gradients) = new FastCnnTrainer(weights.Copy(), 6, 2) { Normalisation = (0.5f, 0.3f) }.Gradients(data, batch);
        for (var p = 0; p < gradients.Length; p++)
        {
            CnnRandom.AssertClose(gradients[p], readable.Parameters[p].Gradient.Select(g => (float)g).ToArray(), 1e-4, readable.Parameters[p].Name);
        }
    }

    [Fact]
    public void A_fast_step_is_the_readable_sgd_step_and_the_logits_agree()
    {
        var architecture = CnnArchitecture.LeNet(4, 6, 10, 5, 16, 16);
        var weights = TrainingRandom.Weights(architecture, 31);
        var random = new Random(32);
        var data = RandomImages(random, 9, 16, 16, 5);
        int[] batch = [8, 1, 5, 2];
        var readable = new Network(architecture, weights);
        readable.LossAndGradients(ReadableBatch(data, batch, (0, 1)), batch.Select(i => data.Labels[i]).ToArray());
        var fast = new FastCnnTrainer(weights.Copy(), 4, 2);
        fast.Step(data, batch, 0.1f, 0.9f);
        for (var p = 0; p < readable.Parameters.Count; p++)
        {
            var parameter = readable.Parameters[p];
            SgdMomentum.Step(parameter.Values, parameter.Gradient, new double[parameter.Values.Length], 0.1, 0.9);
            CnnRandom.AssertClose(fast.Weights.Tensors[p], parameter.Values.Select(v => (float)v).ToArray(), 1e-5, parameter.Name);
        }
        var logits = fast.Logits(data, 0, 9);
        var expected = readable.Forward(ReadableBatch(data, Enumerable.Range(0, 9).ToArray(), (0, 1)));
        CnnRandom.AssertClose(logits, expected.Data.Select(v => (float)v).ToArray(), 1e-4, "logits");
    }

    [Fact]
    public void Training_on_a_learnable_toy_problem_lowers_the_loss_and_fits_it()
    {
        // Class = which half (top or bottom) of a 12×12 image holds a bright bar: a CNN must learn it within a few epochs.
        var random = new Random(41);
        const int count = 200;
        var pixels = new byte[count * 144];
        var labels = new int[count];
        for (var n = 0; n < count; n++)
        {
            labels[n] = n % 2;
            var row = labels[n] == 0 ? random.Next(1, 5) : random.Next(7, 11);
            for (var j = 0; j < 12; j++)
            {
                pixels[n * 144 + row * 12 + j] = 250;
            }
        }
        var data = new PixelImages(pixels, labels, 12, 12);
        var trainer = new FastCnnTrainer(CnnWeights.HeInitialised(CnnArchitecture.LeNet(4, 4, 8, 2, 12, 12), new Random(1)), 20, 2)
        { Normalisation = data.PixelStatistics() };
        var first = 0.0;
        var last = (Loss: 0.0, Correct: 0);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            var order = SeededShuffle.Permutation(count, new Random(epoch));
            var (sum, correct) = (0.0, 0);
            for (var b = 0; b < count; b += 20)
            {
                var (loss, right) = trainer.Step(data, order.AsSpan(b, 20), 0.05f, 0.9f);
                (sum, correct) = (sum + loss * 20, correct + right);
            }
            last = (sum / count, correct);
            first = epoch == 0 ? last.Loss : first;
        }
        Assert.True(last.Loss < first / 4, $"loss {first} → {last.Loss}");
        Assert.True(last.Correct >= 195, $"{last.Correct}/{count} right in the last epoch");
    }
}
