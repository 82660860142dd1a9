using System.Runtime.InteropServices;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// Keeps ONNX Runtime's largest native blocks from staying in the process after they are freed (Linux, glibc).
/// glibc serves a block of ≥ 128 KB with its own mmap and gives it back on free — until the first such block
/// is freed: then it raises that threshold to the block's size (up to 32 MB), and later weight-sized blocks
/// come from the heap, where freed memory stays. Building the ResNet-18 session frees the parsed model and
/// the pre-fusion weights, so with the moving threshold teach's cold run peaked at 333 MB. A fixed threshold
/// (<c>mallopt(M_MMAP_THRESHOLD, …)</c>, which also stops the moving) returns every block above it, but with
/// ONNX Runtime's arena off each run's intermediate tensors above it are then a fresh mmap and page faults:
/// measured in <c>bench/teach.sh</c> (398 photos, cold, load 2–3): 128 KB 17.1 s / 236 MB, 4 MB 11.9–13.7 s /
/// 250–253 MB, <b>8 MB 11.4 s / 262–265 MB</b> (probably ORT's im2col buffer for conv1, 147 × 12 544 floats = 7.4 MB, stays in the heap; layer4's 9.4 MB
/// weight blocks go back), 16 MB 10.7 s / 391 MB, not fixed 10.5 s / 333 MB. Elsewhere (Windows, macOS, musl)
/// there is nothing to do.
/// </summary>
internal static class NativeHeap
{
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD in glibc's malloc.h
    private const int Threshold = 8 * 1024 * 1024; // above conv1's im2col buffer, below layer4's weight blocks
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

    /// <summary>
    /// Gives the heap's free memory back to the system (glibc's <c>malloc_trim(0)</c>): after an ONNX Runtime session is
    /// disposed, the blocks it freed below the mmap threshold stay mapped in the heap otherwise. Nothing elsewhere.
    /// </summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            malloc_trim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // not glibc: nothing to trim this way
        }
    }

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in this project for one call.
    [DllImport("libc")]
    private static extern int mallopt(int parameter, int value);
}
