using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

public class Pooling2dFastTests
{
    [Fact]
    public void Fast_pooling_equals_the_readable_loops_bit_for_bit_on_random_geometries()
    {
        // Max is exact in any order; the fast average sums in the readable loop's order, so both must be identical.
        var random = new Random(255);
        for (var trial = 0; trial < 40; trial++)
        {
            int kh = random.Next(1, 5), kw = random.Next(1, 5), stride = random.Next(1, 4);
            var pad = new Padding2d(random.Next(0, kh), random.Next(0, kw), random.Next(0, kh), random.Next(0, kw));
            var x = CnnRandom.Tensor(random, random.Next(1, 6), random.Next(kh, 40), random.Next(kw, 40));
            var threads = 1 + trial % 3;
            var what = $"trial {trial}: x {x.ShapeText}, {kh}×{kw}/{stride}, pads {pad}, {threads} threads";
            Assert.True(Pooling2d.Max(x, kh, kw, stride, pad).Data.SequenceEqual(Pooling2dFast.Max(x, kh, kw, stride, pad, threads).Data), "max " + what);
            Assert.True(Pooling2d.Average(x, kh, kw, stride, pad).Data.SequenceEqual(Pooling2dFast.Average(x, kh, kw, stride, pad, threads).Data), "average " + what);
        }
    }

    [Fact]
    public void ResNet_max_pool_keeps_the_largest_value_of_each_window()
    {
        // [1, 4, 4] = 0…15, 3×3/2 with pads [1, 1, 0, 0]: windows rows/cols {−1,0,1} and {1,2,3} → 5, 7, 13, 15.
        var x = new ChwTensor(1, 4, 4, Enumerable.Range(0, 16).Select(v => (float)v).ToArray());
        Assert.Equal([5f, 7f, 13f, 15f], Pooling2dFast.Max(x, 3, 3, 2, new Padding2d(1, 1, 0, 0)).Data);
    }

    [Fact]
    public void A_window_entirely_in_the_padding_is_one_clear_error()
    {
        var e = Assert.Throws<LessonException>(() => Pooling2dFast.Max(ChwTensor.Zeros(1, 3, 3), 2, 2, 1, new Padding2d(3, 0, 0, 0)));
        Assert.Contains("padding", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
