namespace NnLesson.Core.Cnn;

/// <summary>
/// Class activation map (Zhou et al. 2016, "Learning Deep Features for Discriminative Localization"):
/// where in the photo the evidence for class c lies. For a network that ends in global average pooling
/// and one linear layer, the logit is z_c = Σ_k w_ck · mean_(x,y) A_k(x, y) + b_c, and moving the sum
/// inside the mean gives a map whose average is the logit (minus b_c):
/// <code>
/// M_c(x, y) = Σ_k w_ck · A_k(x, y)        maps A: [K, H, W], class weights w_c: [K] → M_c: [H, W]
/// </code>
/// </summary>
public static class ClassActivationMap
{
    /// <param name="maps">A: [K, H, W] row-major, A_k(y, x) at (k·H + y)·W + x (the last feature maps, e.g. [512, 7, 7]).</param>
    /// <param name="classWeights">w_c: [K], the weights class c gives each channel.</param>
    /// <returns>M_c: [H, W] row-major.</returns>
    public static float[] Compute(ReadOnlySpan<float> maps, int channels, int height, int width, ReadOnlySpan<float> classWeights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var plane = height * width;
        if (maps.Length != channels * plane)
        {
            throw new ArgumentException($"Expected maps [{channels}, {height}, {width}] = {channels * plane} values, got {maps.Length}.", nameof(maps));
        }
        if (classWeights.Length != channels)
        {
            throw new ArgumentException($"Expected {channels} class weights, got {classWeights.Length}.", nameof(classWeights));
        }
        var result = new float[plane]; // M_c: [H, W]
        for (var k = 0; k < channels; k++)
        {
            var w = classWeights[k];
            var a = maps.Slice(k * plane, plane); // A_k: [H, W]
            for (var i = 0; i < plane; i++)
            {
                result[i] += w * a[i];
            }
        }
        return result;
    }
}
