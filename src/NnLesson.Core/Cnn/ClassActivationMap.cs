namespace NnLesson.Core.Cnn;

/// <summary>
/// Class activation map (Zhou et al. 2016, "Learning Deep Features for Discriminative Localization"):
/// for a network that ends in global average pooling and one linear layer, the score of class c is
/// s_c = Σ_k w_ck · mean_(x,y) A_k(x, y), so the map
/// <code>M_c(x, y) = Σ_k w_ck · A_k(x, y)</code>
/// shows where in the image that score comes from. maps A: [K, H, W], class weights w_c: [K] → M_c: [H, W].
/// </summary>
public static class ClassActivationMap
{
    public static float[] Compute(ReadOnlySpan<float> maps, int channels, int height, int width, ReadOnlySpan<float> classWeights)
    {
        if (maps.Length != channels * height * width || classWeights.Length != channels)
        {
            throw new ArgumentException($"CAM: {maps.Length} map values for [{channels}, {height}, {width}] and {classWeights.Length} weights for {channels} channels.");
        }
        var plane = height * width;
        var m = new double[plane]; // [H·W], summed in double over K = 1280 maps
        for (var k = 0; k < channels; k++)
        {
            var w = classWeights[k];
            var a = maps.Slice(k * plane, plane); // A_k: [H, W]
            for (var p = 0; p < plane; p++)
            {
                m[p] += w * a[p];
            }
        }
        return m.Select(v => (float)v).ToArray();
    }
}
