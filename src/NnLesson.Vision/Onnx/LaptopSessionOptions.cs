using Microsoft.ML.OnnxRuntime;
using NnLesson.Tuning;

namespace NnLesson.Vision.Onnx;

/// <summary>
/// ONNX Runtime settings for a lecturer's laptop, shared by the classifier and the CNN inspector:
/// one image at a time, so parallelism only inside operators (intra-op threads = cores, at most 4);
/// no busy-waiting of idle threads between images (spinning would burn a core while the slide is on
/// screen); all graph optimisations (an exposed tensor is a graph output, so it survives fusion);
/// only errors logged; exact int8 products on every x64 CPU: without VNNI (AVX2, AVX-512F) ONNX Runtime's
/// fast u8·s8 kernels sum pairs with 16-bit saturation, which on an AMD EPYC (AVX2) turned the banana
/// photo into "strainer"; <c>session.x64quantprecision</c> picks the slower exact u8·u8 kernels there
/// and changes nothing on CPUs with VNNI; no CPU memory arena and no memory-pattern pre-allocation: one image per
/// run gains nothing from either, and the arena keeps every chunk it ever grew. Creating the options also fixes
/// glibc's mmap threshold (<see cref="NativeHeap"/>). Measurements: bench/RESULTS-tuning.md. The caller disposes the options.
/// </summary>
internal static class LaptopSessionOptions
{
    public static SessionOptions Create()
    {
        NativeHeap.ReturnLargeBlocks();
        var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, 4),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.x64quantprecision", "1");
        return options;
    }
}
