namespace NnLesson.Core.Cnn.Network;

/// <summary>One operator of a CNN: reads one or more [C, H, W] tensors and writes one.</summary>
public interface ICnnLayer
{
    /// <summary>The operator's name as a person reads it: "Conv 7×7/2, 3→64".</summary>
    string Describe();

    /// <summary>Multiply-adds for one forward pass on inputs of these shapes (0 for cheap element-wise steps).</summary>
    long MultiplyAdds(IReadOnlyList<ChwTensor> inputs) => 0;

    ChwTensor Forward(IReadOnlyList<ChwTensor> inputs, CnnRunOptions options);
}
