namespace NnLesson.Vision.Tests.Cnn;

/// <summary>
/// Tests that count this process's temporary exposed-model files: xunit runs a collection with parallelisation
/// disabled on its own, so no other test of the process creates one while they count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExposedModelFilesCollection
{
    public const string Name = "exposed model files";
}
