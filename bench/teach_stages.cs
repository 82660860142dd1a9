#:project ../src/NnLesson.Vision/NnLesson.Vision.csproj
// Where a photo's time goes in teach's feature extraction (issue 19): each stage alone over the same photos, on one
// thread, in CPU milliseconds per photo (the process's CPU time: on a busy shared machine wall time mostly measures
// the wait for a core), wall milliseconds beside. Then ResNet-18 three ways: ONNX Runtime with intra-op threads =
// cores (one photo at a time), with one thread per run and one photo per core at once, and the engine's own
// from-scratch network (src/NnLesson.Vision/Cnn, fast path).
//   dotnet run -c Release bench/teach_stages.cs [PHOTO_FOLDER] [ENGINE_PHOTOS]
using System.Diagnostics;
using NnLesson.Core.Cnn.Network;
using NnLesson.Vision.Cnn;
using NnLesson.Vision.Images;
using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "../../../../shared/datasets/hymenoptera/val");
if (!Directory.Exists(folder))
{
    folder = "/work/shared/datasets/hymenoptera/val";
}
var enginePhotos = args.Length > 1 ? int.Parse(args[1]) : 10;
var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
Console.WriteLine($"{files.Length} photos in {folder}; {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}");

var package = ResNet18Package.Require().Verified();
byte[][] bytes = [];
RgbImage[] photos = [];
RgbImage[] crops = [];
Stage("read the file", () => bytes = [.. files.Select(File.ReadAllBytes)]);
Console.WriteLine($"  mean file {bytes.Average(b => b.Length) / 1024:F0} KB");
Stage("SHA-256 (cache key)", () => { foreach (var b in bytes) _ = FeatureCache.KeyOf(b); });
Stage("decode (checks, EXIF)", () => photos = [.. bytes.Select((b, i) => ImageLoader.FromBytes(b, files[i]))]);
Console.WriteLine($"  mean photo {photos.Average(p => p.Width):F0}×{photos.Average(p => p.Height):F0}");
Stage("resize 256 + crop 224", () => crops = [.. photos.Select(ResNet18FeatureExtractor.Crop)]);
Stage("HWC bytes → CHW floats", () => { foreach (var c in crops) _ = ResNet18FeatureExtractor.ToChw255(c); });

using (var shared = ResNet18FeatureExtractor.Open(package))
{
    shared.ExtractCropped(crops[0]); // warm-up
    Stage($"ORT, intra-op {Math.Clamp(Environment.ProcessorCount, 1, 4)} threads, one photo at a time", () => { foreach (var c in crops) _ = shared.ExtractCropped(c); });
}
using (var single = ResNet18FeatureExtractor.Open(package, intraOpThreads: 1))
{
    single.ExtractCropped(crops[0]);
    Stage("ORT, 1 thread, one photo at a time", () => { foreach (var c in crops) _ = single.ExtractCropped(c); });
    Stage($"ORT, 1 thread a run, {Environment.ProcessorCount} photos at once", () =>
        Parallel.ForEach(crops, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c => single.ExtractCropped(c)));
}
var engine = ResNet18Backbone.Load(package);
var some = crops.Take(enginePhotos).ToArray();
engine.Run(some[0], engine.Preprocess.FromCrop(some[0]), CnnRunOptions.Fast);
Stage($"engine's own ResNet-18, fast path ({some.Length} photos)", () => { foreach (var c in some) _ = engine.Run(c, engine.Preprocess.FromCrop(c), CnnRunOptions.Fast); }, some.Length);

void Stage(string name, Action action, int? count = null)
{
    var n = count ?? files.Length;
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    action();
    clock.Stop();
    process.Refresh();
    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / n;
    Console.WriteLine($"{name,-58} CPU {cpuMs,7:F2} ms/photo   wall {clock.Elapsed.TotalMilliseconds / n,7:F2} ms/photo ({n / clock.Elapsed.TotalSeconds,6:F1} photos/s)   load {File.ReadAllText("/proc/loadavg")[..14]}");
}
