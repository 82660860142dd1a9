#:project ../src/NnLesson.Playground/NnLesson.Playground.csproj
// Cost of one playground session's work on one core, without the network or the browser: one epoch of
// training (PlaygroundRun.Step) and one frame (FrameBuilder.Frame + its JSON), for a small and a large run.
// Together with the CPU time the load test measures, this says how many sessions a laptop keeps live.
//   dotnet run -c Release bench/playground_frame_cost.cs
using System.Diagnostics;
using NnLesson.Playground.Frames;
using NnLesson.Playground.Model;

var cases = new (string Name, PlaygroundSettings Settings)[]
{
    ("default 2→8→1 ReLU, 240 points, full batch", PlaygroundSettings.Default),
    ("2→16→16→16→16→1 tanh, 1600 points, batch 32", PlaygroundSettings.Default with { Units = [16, 16, 16, 16], Activation = "tanh", Points = 2000, Batch = 32, LearningRate = 0.03 }),
};
foreach (var (name, settings) in cases)
{
    var run = new PlaygroundRun(settings);
    for (var i = 0; i < 5; i++)
    {
        run.Step();
        _ = FrameBuilder.Frame(run, 0, true).ToJsonString(); // warm-up (JIT)
    }
    var epochs = Time(() => run.Step());
    var bytes = 0;
    var frames = Time(() => bytes = FrameBuilder.Frame(run, run.Epoch, true).ToJsonString().Length);
    Console.WriteLine($"{name}: epoch {epochs:F2} ms CPU, frame {frames:F2} ms CPU ({bytes / 1024.0:F0} KB of JSON)");
}

// CPU milliseconds per call (the process's CPU time, GC included): on a shared, busy machine wall time
// would mostly measure the wait for a core.
static double Time(Action action)
{
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpuStart = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var count = 0;
    while (stopwatch.ElapsedMilliseconds < 3000 || count < 5)
    {
        action();
        count++;
    }
    process.Refresh();
    return (process.TotalProcessorTime - cpuStart).TotalMilliseconds / count;
}
