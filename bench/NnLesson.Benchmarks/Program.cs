using BenchmarkDotNet.Running;
using NnLesson.Benchmarks;

// `quick-training [reps]`: a stopwatch run for bench/training.sh. Otherwise every benchmark class in this
// assembly; pick with --filter, e.g. --filter '*Training*'.
if (args.Length > 0 && args[0] == "quick-training")
{
    return QuickTraining.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
