namespace NnLesson.Vision.Tests.Models;

/// <summary>
/// Tests that set process-wide environment variables. xunit runs a collection with parallelisation
/// disabled on its own, after the parallel ones, so no other test sees the temporary values.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
