using System.Runtime.InteropServices;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// Keeps ONNX Runtime's large native blocks from staying in the process after they are freed (Linux, glibc).
/// glibc serves a block of ≥ 128 KB with its own mmap and gives it back on free — until the first such block
/// is freed: then it raises that threshold to the block's size (up to 32 MB), and later weight-sized blocks
/// come from the heap, where freed memory stays. Building the ResNet-18 session frees the parsed model and
/// the pre-fusion weights, so with the moving threshold its peak was about 300 MB; fixed at 128 KB
/// (<c>mallopt(M_MMAP_THRESHOLD, 128 KiB)</c>, which also turns the moving off) it is about 210 MB, at the
/// same speed (measured in <c>bench/teach.sh</c>). Elsewhere (Windows, macOS, musl) there is nothing to do.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD in glibc's malloc.h
    private const int Threshold = 128 * 1024;      // glibc's own starting value
    private static int _done;

    /// <summary>Fixes the threshold once per process; true when glibc accepted it.</summary>
    public static bool ReturnLargeBlocks()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref _done, 1) == 1)
        {
            return false;
        }
        try
        {
            return mallopt(MmapThresholdParameter, Threshold) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // not glibc (musl has no mallopt): its own policy stands
        }
    }

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in this project for one call.
    [DllImport("libc")]
    private static extern int mallopt(int parameter, int value);
}
