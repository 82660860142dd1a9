using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NnLesson.Core.Cnn.Fast;

/// <summary>
/// im2col for <see cref="Conv2dFast"/>, written block by block straight into the GEMM's B panels:
/// <code>B[k, n] = x[c, i·s + u − pad_top, j·s + v − pad_left],   k = (c, u, v),  n = i·W′ + j</code>
/// The input is first copied once into a zero-bordered plane stack xp: [C, H + top + bottom, W + left + right]
/// (skipped when there is no padding), so every read is in bounds and needs no test:
/// B[k, n] = xp[offset(k) + position(n)] with offset(c, u, v) = (c·Hp + u)·Wp + v and
/// position(i, j) = i·s·Wp + j·s. When the 16 positions of a panel are consecutive in xp (stride 1, one output
/// row) a k row of the panel is two Vector256 copies; at stride 1 across output rows, a few loads blended
/// together (one per run of consecutive positions); at stride 2 along one output row, four loads and a
/// shuffle that keeps every other value, and across rows the same blended per run; otherwise 16 single reads
/// at precomputed positions.
/// </summary>
internal sealed class ConvPatchPacker : IDisposable
{
    private const int Cols = GemmMicroKernels.Cols;
    private readonly float[] _source;
    private readonly int _sourceLength; // the part of _source that holds xp (a rented array can be longer)
    private readonly float[]? _rented;
    private readonly int[] _kOffsets;
    private readonly int _n;
    private readonly int _outW;
    private readonly int _stride;
    private readonly int _paddedW;

    public ConvPatchPacker(ChwTensor x, ConvKernel kernel, int stride, Padding2d pad, int outW, int n, int threads)
    {
        int h = x.Height, w = x.Width, channels = x.Channels;
        int paddedH = h + pad.Top + pad.Bottom, paddedW = w + pad.Left + pad.Right;
        if (pad == Padding2d.None)
        {
            _source = x.Data;
            _sourceLength = x.Data.Length;
        }
        else
        {
            var plane = paddedH * paddedW;
            _rented = ArrayPool<float>.Shared.Rent(channels * plane);
            _source = _rented;
            _sourceLength = channels * plane;
            var source = _source;
            void CopyChannel(int c)
            {
                var padded = source.AsSpan(c * plane, plane);
                padded.Clear();
                for (var i = 0; i < h; i++)
                {
                    x.Data.AsSpan((c * h + i) * w, w).CopyTo(padded.Slice((i + pad.Top) * paddedW + pad.Left, w));
                }
            }
            if (threads > 1 && channels > 1)
            {
                Parallel.For(0, channels, new ParallelOptions { MaxDegreeOfParallelism = threads }, CopyChannel);
            }
            else
            {
                for (var c = 0; c < channels; c++)
                {
                    CopyChannel(c);
                }
            }
        }
        _kOffsets = new int[kernel.FilterLength];
        var k = 0;
        for (var c = 0; c < channels; c++)
        {
            for (var u = 0; u < kernel.Height; u++)
            {
                for (var v = 0; v < kernel.Width; v++)
                {
                    _kOffsets[k++] = (c * paddedH + u) * paddedW + v;
                }
            }
        }
        (_n, _outW, _stride, _paddedW) = (n, outW, stride, paddedW);
    }

    /// <summary>
    /// Writes panels p0 … p1−1, rows k0 … k0+kc−1 of B into <paramref name="destination"/>, laid out
    /// [p − p0, kc, 16]; positions past the last output are 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Pack(int p0, int p1, int k0, int kc, Span<float> destination)
    {
        Span<int> positions = stackalloc int[Cols];
        ref var src = ref MemoryMarshal.GetArrayDataReference(_source);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_kOffsets);
        for (var p = p0; p < p1; p++)
        {
            var panel = destination.Slice((p - p0) * kc * Cols, kc * Cols);
            ref var dst = ref MemoryMarshal.GetReference(panel);
            var valid = Math.Min(Cols, _n - p * Cols);
            var consecutive = PanelPositions(p, valid, positions);
            if (consecutive)
            {
                var first = (nuint)positions[0];
                for (var kk = 0; kk < kc; kk++)
                {
                    ref var row = ref Unsafe.Add(ref src, (nuint)Unsafe.Add(ref offsets, k0 + kk) + first);
                    Vector256.LoadUnsafe(ref row).StoreUnsafe(ref dst, (nuint)(kk * Cols));
                    Vector256.LoadUnsafe(ref row, 8).StoreUnsafe(ref dst, (nuint)(kk * Cols + 8));
                }
                continue;
            }
            if (_stride == 2 && Avx2.IsSupported && valid == Cols && positions[Cols - 1] - positions[0] == 2 * (Cols - 1)
                && _kOffsets[k0 + kc - 1] + positions[0] + 2 * Cols <= _sourceLength)
            {
                PackEvenColumns(ref Unsafe.Add(ref src, positions[0]), ref offsets, k0, kc, ref dst);
                continue;
            }
            // Stride 2 reads one value past the last position of the k row (the odd one of the last pair).
            var blendable = _stride == 1 || (_stride == 2 && Avx2.IsSupported && _kOffsets[k0 + kc - 1] + positions[Cols - 1] + 2 <= _sourceLength);
            if (valid == Cols && blendable && RunCount(positions, _stride) <= MaxRuns)
            {
                PackRuns(ref src, ref offsets, k0, kc, ref dst, positions, _stride);
                continue;
            }
            if (valid < Cols)
            {
                panel.Clear(); // the columns past the last output stay 0
            }
            for (var kk = 0; kk < kc; kk++)
            {
                ref var row = ref Unsafe.Add(ref src, Unsafe.Add(ref offsets, k0 + kk));
                ref var d = ref Unsafe.Add(ref dst, kk * Cols);
                for (var t = 0; t < valid; t++)
                {
                    Unsafe.Add(ref d, t) = Unsafe.Add(ref row, positions[t]);
                }
            }
        }
    }

    /// <summary>
    /// Stride 2 along one output row (conv1's 7×7/2): the 16 values of a k row are every other one of 32
    /// consecutive inputs. Four loads, then AVX's in-lane shuffle takes the even elements of two vectors
    /// [a0 a2 b0 b2 | a4 a6 b4 b6] and a lane permutation puts them in order [a0 a2 a4 a6 b0 b2 b4 b6].
    /// </summary>
    private static void PackEvenColumns(ref float first, ref int offsets, int k0, int kc, ref float dst)
    {
        for (var kk = 0; kk < kc; kk++)
        {
            ref var row = ref Unsafe.Add(ref first, Unsafe.Add(ref offsets, k0 + kk));
            var low = Evens(Vector256.LoadUnsafe(ref row), Vector256.LoadUnsafe(ref row, 8));
            var high = Evens(Vector256.LoadUnsafe(ref row, 16), Vector256.LoadUnsafe(ref row, 24));
            low.StoreUnsafe(ref dst, (nuint)(kk * Cols));
            high.StoreUnsafe(ref dst, (nuint)(kk * Cols + 8));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Evens(Vector256<float> a, Vector256<float> b) =>
        Avx2.Permute4x64(Avx.Shuffle(a, b, 0b10_00_10_00).AsDouble(), 0b11_01_10_00).AsSingle();

    /// <summary>Most runs of consecutive positions a panel may have for <see cref="PackRuns"/> (7-wide rows: 1 + 7 + 7 + 1).</summary>
    private const int MaxRuns = 4;

    /// <summary>How many runs (each position <paramref name="stride"/> after the last) the 16 positions make.</summary>
    private static int RunCount(ReadOnlySpan<int> positions, int stride)
    {
        var runs = 1;
        for (var t = 1; t < Cols; t++)
        {
            runs += positions[t] == positions[t - 1] + stride ? 0 : 1;
        }
        return runs;
    }

    /// <summary>
    /// A panel that crosses output rows (every panel once rows are narrower than 16, as in layer3's 14 and layer4's 7):
    /// its 16 positions are a few runs of inputs <paramref name="stride"/> apart, e.g. 14 + 2. Each 8-lane half of a
    /// k row is loaded whole once per run that reaches into it (stride 2: 16 consecutive values, evens kept), from where
    /// the run's values for lanes 0…7 of the half would be, and the run's lanes are blended in (a later run overrides
    /// the lanes from its first one on): 1 to 4 loads per half instead of 8 single reads. Every read stays between the
    /// panel's first and last position (stride 2: one past the last): a run that starts at lane t at position s has
    /// s ≥ position[0] + stride·t, because positions grow by at least the stride a lane.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackRuns(ref float src, ref int offsets, int k0, int kc, ref float dst, ReadOnlySpan<int> positions, int stride)
    {
        const int half = Cols / 2;
        Span<int> shifts = stackalloc int[2 * MaxRuns]; // [half, load]: where the load starts, relative to the k row
        Span<Vector256<float>> masks = stackalloc Vector256<float>[2 * MaxRuns]; // [half, load]: the lanes it supplies
        Span<int> loads = stackalloc int[2];
        var lane = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        for (var h = 0; h < 2; h++)
        {
            for (var t = h * half; t < (h + 1) * half; t++)
            {
                var runStart = t == h * half || positions[t] != positions[t - 1] + stride;
                if (runStart)
                {
                    var l = h * MaxRuns + loads[h]++;
                    shifts[l] = positions[t] - stride * (t - h * half); // lane 0 of the half, had the run started there
                    masks[l] = Vector256.GreaterThanOrEqual(lane, Vector256.Create(t - h * half)).AsSingle();
                }
            }
        }
        for (var kk = 0; kk < kc; kk++)
        {
            ref var row = ref Unsafe.Add(ref src, Unsafe.Add(ref offsets, k0 + kk));
            for (var h = 0; h < 2; h++)
            {
                var v = Load(ref row, shifts[h * MaxRuns], stride);
                for (var l = h * MaxRuns + 1; l < h * MaxRuns + loads[h]; l++)
                {
                    v = Vector256.ConditionalSelect(masks[l], Load(ref row, shifts[l], stride), v);
                }
                v.StoreUnsafe(ref dst, (nuint)(kk * Cols + h * half));
            }
        }
    }

    /// <summary>row[shift + stride·j] for j = 0…7, stride 1 or 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Load(ref float row, int shift, int stride) => stride == 1
        ? Vector256.LoadUnsafe(ref row, (nuint)shift)
        : Evens(Vector256.LoadUnsafe(ref row, (nuint)shift), Vector256.LoadUnsafe(ref row, (nuint)shift + 8));

    /// <summary>position(n) for the panel's valid columns; true when all 16 are consecutive.</summary>
    private bool PanelPositions(int p, int valid, Span<int> positions)
    {
        var (i, j) = Math.DivRem(p * Cols, _outW);
        for (var t = 0; t < valid; t++)
        {
            positions[t] = (i * _paddedW + j) * _stride;
            if (++j == _outW)
            {
                (i, j) = (i + 1, 0);
            }
        }
        return valid == Cols && positions[Cols - 1] - positions[0] == Cols - 1;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<float>.Shared.Return(_rented);
        }
    }
}
