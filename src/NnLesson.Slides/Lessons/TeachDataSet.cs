using NnLesson.Vision.Models;
using NnLesson.Vision.Transfer;

namespace NnLesson.Slides.Lessons;

/// <summary>Why teach did not run in <c>all</c>: no photo data set was found, or ResNet-18 is not restored.</summary>
public enum TeachSkip
{
    NoDataSet,
    NoResNet,
}

/// <summary>
/// Where teach's photos come from. <c>nnlesson teach DATA</c> names the folder (<see cref="TeachOptions.DataPath"/>); with
/// none (<c>all</c>, <see cref="TeachOptions.Default"/>) the data set is looked for (<see cref="DataSetLocator"/>), and
/// without one — or without ResNet-18 — teach is skipped with a notice instead of failing the whole lecture.
/// </summary>
/// <param name="Options">The options with the data folder filled in.</param>
/// <param name="FoundVia">How the folder was found (null when it was given).</param>
/// <param name="Skip">Set when there is nothing to teach on.</param>
public sealed record TeachDataSet(TeachOptions Options, string? FoundVia, TeachSkip? Skip)
{
    public static TeachDataSet Resolve(TeachOptions options)
    {
        if (options.DataPath is not null)
        {
            return new(options, null, null);
        }
        var found = DataSetLocator.Find();
        if (found is null)
        {
            return new(options, null, TeachSkip.NoDataSet);
        }
        var resolved = options with { DataPath = found.Value.Folder };
        return ResNet18Package.Find() is null ? new(resolved, found.Value.Source, TeachSkip.NoResNet) : new(resolved, found.Value.Source, null);
    }
}
