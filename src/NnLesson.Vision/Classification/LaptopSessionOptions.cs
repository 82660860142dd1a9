using Microsoft.ML.OnnxRuntime;

namespace NnLesson.Vision.Classification;

/// <summary>
/// ONNX Runtime settings for a lecturer's laptop, shared by the classifier and the CNN inspector:
/// one image at a time, so parallelism only inside operators (intra-op threads = cores, at most 4);
/// no busy-waiting of idle threads between images (spinning would burn a core while the slide is on
/// screen); all graph optimisations (an exposed tensor is a graph output, so it survives fusion);
/// only errors logged; exact int8 products on every x64 CPU: without VNNI (AVX2, AVX-512F) ONNX Runtime's
/// fast u8·s8 kernels sum pairs with 16-bit saturation, which on an AMD EPYC (AVX2) turned the banana
/// photo into "strainer"; <c>session.x64quantprecision</c> picks the slower exact u8·u8 kernels there
/// and changes nothing on CPUs with VNNI; no CPU memory arena and no memory-pattern pre-allocation: one image per
/// run gains nothing from either, and the arena kept every chunk it ever grew (slide 7, which exposes every
/// intermediate tensor, peaked at 2.1 GB with it and 1.4–1.6 GB without; slide 6: 117 → 110 MB; inference time
/// unchanged, bench/RESULTS-startup.md). Creating the options fixes glibc's mmap threshold at 8 MB (<see cref="Transfer.NativeHeap"/>):
/// slide 7 627 → 510 MB, teach 333 → 264 MB, ResNet-18's ORT pass unchanged (22.2 / 12.1 ms on 1 / 2 threads); at 128 KB
/// every intermediate tensor of a run was a fresh mmap and that pass took 39.5 / 26.0 ms. The caller disposes the options.
/// </summary>
internal static class LaptopSessionOptions
{
    public static SessionOptions Create()
    {
        Transfer.NativeHeap.ReturnLargeBlocks();
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
