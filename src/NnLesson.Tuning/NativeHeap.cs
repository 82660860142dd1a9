using System.Runtime.InteropServices;

namespace NnLesson.Tuning;

/// <summary>
/// Returns ONNX Runtime's large native blocks to the system after they are freed (Linux with glibc only; elsewhere
/// nothing to do). glibc's moving mmap threshold otherwise keeps weight-sized blocks in the heap for good; the choice of
/// 8 MB and what it saves are measured in bench/RESULTS-tuning.md.
/// </summary>
public static class NativeHeap
{
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD in glibc's malloc.h
    private const int Threshold = 8 * 1024 * 1024; // above conv1's im2col buffer (7.4 MB), below layer4's weight blocks (9.4 MB)
    private static int _done;

    /// <summary>Fixes glibc's mmap threshold once per process (<c>mallopt</c>); true when glibc accepted it.</summary>
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

    /// <summary>Gives the heap's free memory back to the system (glibc's <c>malloc_trim(0)</c>), e.g. after an ONNX Runtime session is disposed.</summary>
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
