using NnLesson.Core.Cnn.Fast;
using NnLesson.Core.Cnn;

namespace NnLesson.Core.Tests.Cnn;

public class ConvWorkSplitTests
{
    [Theory]
    [InlineData(11, 784, 1)]  // conv1: 64 channels, 112·112 positions
    [InlineData(11, 196, 2)]  // layer1: 64 channels, 56·56
    [InlineData(22, 49, 3)]   // layer2: 128 channels, 28·28
    [InlineData(43, 13, 2)]   // layer3: 256 channels, 14·14
    [InlineData(86, 4, 2)]    // layer4: 512 channels, 7·7
    [InlineData(86, 4, 3)]
    [InlineData(1, 1, 3)]     // one tile: cannot be cut
    [InlineData(5, 2, 16)]
    public void Blocks_cover_every_tile_exactly_once_and_stay_within_the_cache_limits(int rowPanels, int colPanels, int threads)
    {
        var split = ConvWorkSplit.For(rowPanels, colPanels, threads);
        var covered = new int[rowPanels, colPanels];
        for (var b = 0; b < split.Blocks; b++)
        {
            var (r0, r1, c0, c1) = split.Block(b);
            Assert.InRange(r1 - r0, 1, ConvWorkSplit.MaxRowPanelsPerBlock);
            Assert.InRange(c1 - c0, 1, ConvWorkSplit.MaxColPanelsPerBlock);
            for (var r = r0; r < r1; r++)
            {
                for (var c = c0; c < c1; c++)
                {
                    covered[r, c]++;
                }
            }
        }
        Assert.All(covered.Cast<int>(), count => Assert.Equal(1, count));
    }

    [Theory]
    [InlineData(11, 196, 2)]
    [InlineData(43, 13, 2)]
    [InlineData(86, 4, 2)]
    [InlineData(86, 4, 3)]
    [InlineData(22, 49, 3)]
    public void With_enough_tiles_each_thread_gets_the_same_number_of_near_equal_blocks(int rowPanels, int colPanels, int threads)
    {
        var split = ConvWorkSplit.For(rowPanels, colPanels, threads);
        Assert.True(split.Blocks >= 2 * threads, $"{split.Blocks} blocks for {threads} threads");
        Assert.Equal(0, split.Blocks % threads);
        var sizes = Enumerable.Range(0, split.Blocks).Select(b => split.Block(b)).Select(t => (t.Row1 - t.Row0) * (t.Col1 - t.Col0)).ToList();
        Assert.True(sizes.Max() <= 1.5 * sizes.Min(), $"block sizes {string.Join(", ", sizes)}");
    }

    [Fact]
    public void Few_positions_are_split_across_output_channels_many_across_positions()
    {
        Assert.Equal(1, ConvWorkSplit.For(86, 4, 2).ColBlocks);   // layer4: 49 positions stay one column block
        Assert.True(ConvWorkSplit.For(86, 4, 2).RowBlocks >= 4);
        Assert.Equal(1, ConvWorkSplit.For(11, 196, 2).RowBlocks); // layer1: 64 channels stay one row block
        Assert.Equal(1, ConvWorkSplit.For(11, 196, 1).RowBlocks);
    }
}
