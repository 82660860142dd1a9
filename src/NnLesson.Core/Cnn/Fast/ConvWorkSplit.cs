namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// How <see cref="Conv2dFast"/> cuts the product Y[outC, H′·W′] into blocks of whole panels (6 output channels ×
/// 16 positions each) that threads compute independently. A block has at most 16 row panels (96 channels) and
/// 12 column panels (192 positions), so its packed B (≤ 256·192 floats) and A slices stay in a core's L2 cache.
/// With more than one thread the blocks are cut finer until there are at least two per thread, a multiple of
/// the thread count where possible, so equal blocks finish together: preferably across positions (columns;
/// early layers, large H′·W′), while a block keeps ≥ 4 column panels; otherwise across output channels
/// (rows; late layers, e.g. layer4's 49 positions are a single column block).
/// Blocks of one dimension differ by at most one panel.
/// </summary>
public sealed record ConvWorkSplit(int RowPanels, int ColPanels, int RowBlocks, int ColBlocks)
{
    public const int MaxRowPanelsPerBlock = 16;
    public const int MaxColPanelsPerBlock = 12;
    private const int MinColPanelsPerBlock = 4;

    public int Blocks => RowBlocks * ColBlocks;

    public static ConvWorkSplit For(int rowPanels, int colPanels, int threads)
    {
        var rowBlocks = Math.Max(1, (rowPanels + MaxRowPanelsPerBlock - 1) / MaxRowPanelsPerBlock);
        var colBlocks = Math.Max(1, (colPanels + MaxColPanelsPerBlock - 1) / MaxColPanelsPerBlock);
        if (threads > 1)
        {
            var target = Math.Max(rowBlocks * colBlocks, 2 * threads);
            target = (target + threads - 1) / threads * threads;
            while (rowBlocks * colBlocks < target || (rowBlocks * colBlocks) % threads != 0)
            {
                if (colPanels / (colBlocks + 1) >= MinColPanelsPerBlock)
                {
                    colBlocks++;
                }
                else if (rowBlocks < rowPanels)
                {
                    rowBlocks++;
                }
                else
                {
                    break; // too small to cut further: some threads idle, which costs little at this size
                }
            }
        }
        return new ConvWorkSplit(rowPanels, colPanels, rowBlocks, colBlocks);
    }

    /// <summary>Block b's row panels [first, end) and column panels [first, end).</summary>
    public (int Row0, int Row1, int Col0, int Col1) Block(int b)
    {
        var (rowBlock, colBlock) = Math.DivRem(b, ColBlocks);
        return (Cut(RowPanels, RowBlocks, rowBlock), Cut(RowPanels, RowBlocks, rowBlock + 1),
                Cut(ColPanels, ColBlocks, colBlock), Cut(ColPanels, ColBlocks, colBlock + 1));
    }

    // Even cut of `count` panels into `parts`: part i starts at ⌊i·count / parts⌋.
    private static int Cut(int count, int parts, int i) => (int)((long)i * count / parts);
}
