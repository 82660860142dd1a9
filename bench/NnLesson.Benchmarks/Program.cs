using BenchmarkDotNet.Running;
using NnLesson.Benchmarks;

// `quick-training [reps]`: a stopwatch run for bench/training.sh. Otherwise every benchmark class in this
// assembly; pick with --filter, e.g. --filter '*Training*'.
if (args.Length > 0 && args[0] == "quick-training")
{
    return QuickTraining.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
}
// `resnet18-profile [reps] [threads…]`: the fast path's time per layer, beside ONNX Runtime (ResNet18Profile).
if (args.Length > 0 && args[0] == "resnet18-profile")
{
    var reps = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
    var threads = args.Length > 2 ? args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [1, 2];
    return ResNet18Profile.Run(reps, threads);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
