using NnLesson.Vision.Images;

namespace NnLesson.Figures.Slide7;

/// <summary>
/// slide7_convolution.png: one 3×3 convolution by hand on the photo's brightness x: [H, W] (0…1),
/// kernel w: [3, 3], output y: [H, W] (padding 1); the patch at (Row, Col) is the one with the largest |y|.
/// </summary>
public sealed record ConvolutionByHandData(string PhotoName, float[] Input, float[] Output, int Size, float[] Kernel,
    int Row, int Col, float[] Patch, float Value);

/// <summary>slide7_filters.png: the first-layer filters, w: [count, 3, k, k] in R, G, B order.</summary>
public sealed record FiltersData(float[] Weights, int Count, int KernelSize, string NetworkName);

/// <summary>One stage for slide7_depth.png: its label, shape [C, H, W], receptive field in pixels and a few maps [H·W].</summary>
public sealed record DepthStage(string Label, int Channels, int Height, int Width, int ReceptiveField, IReadOnlyList<(int Channel, float[] Map)> Maps);

public sealed record DepthData(RgbImage Crop, IReadOnlyList<DepthStage> Stages, string NetworkName);

/// <summary>
/// slide7_residual.png: block <see cref="BlockIndex"/> of stage <see cref="Stage"/> ("layer1"), its branch F as operators,
/// one channel of its tensors x, F(x), x + F(x), ReLU(x + F(x)), each [H, W], and mean |F(x)| / mean |x| over the whole
/// tensors [C, H, W] (all channels, not only the one shown).
/// </summary>
public sealed record ResidualData(string Stage, int BlockIndex, string BranchOperators, int Channels, int Height, int Width, int Channel,
    float[] X, float[] Branch, float[] Sum, float[] Output, double BranchToInputRatio);

/// <summary>
/// One class of slide7_cam.png: its index in the model's output, English label, Ukrainian name (null unless the model
/// has ImageNet's 1000 classes), probability and its class activation map M_c: [H, W].
/// </summary>
public sealed record CamClass(int Index, string Label, string? UkrainianLabel, double Probability, float[] Map);

/// <summary>slide7_cam.png: the crop and the maps of the top classes; null Classes = no classifier found.</summary>
public sealed record CamData(RgbImage Crop, string? NetworkName, int MapHeight, int MapWidth, int MapChannels, IReadOnlyList<CamClass>? Classes);
