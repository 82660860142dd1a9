namespace NnLesson.Core.Cnn.Network;

/// <summary>One step of a network: a layer, the named tensors it reads and the name of the tensor it writes.</summary>
public sealed record CnnStep(string Name, ICnnLayer Layer, IReadOnlyList<string> Inputs, string Output);
