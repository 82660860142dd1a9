namespace NnLesson.Vision.Tests.Images;

/// <summary>
/// Tests that bound a case's memory with the process-wide <see cref="GC.GetTotalAllocatedBytes(bool)"/>. Run in
/// parallel with other test classes, that counter also counts their allocations (a clean-clone run once saw 1.8 GB
/// "allocated" by one fuzz case), so xunit runs this collection on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCountingCollection
{
    public const string Name = "process-wide allocation counter";
}
