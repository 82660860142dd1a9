namespace NnLesson.Vision.Onnx;

/// <summary>
/// Linear quantisation of one tensor, as ONNX QLinear* operators define it: an 8-bit code q stands for
/// the real value r = (q − ZeroPoint) · Scale. Scale and ZeroPoint are per tensor (scalars) for operator outputs.
/// </summary>
public sealed record Quantization(double Scale, int ZeroPoint, string ScaleName, string ZeroPointName)
{
    public float Dequantize(int code) => (float)((code - ZeroPoint) * Scale);

    /// <summary>
    /// Which inputs of an operator hold its OUTPUT scale and zero point (0-based), for the quantised
    /// operators of ONNX and of ONNX Runtime's com.microsoft domain; null for any other operator.
    /// QLinearConv (x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B), QLinearMatMul (a, a_scale, a_zp,
    /// b, b_scale, b_zp, y_scale, y_zp) and QLinearAdd/QLinearMul (A, A_scale, A_zp, B, B_scale, B_zp,
    /// C_scale, C_zp) keep them at 6 and 7; QuantizeLinear (x, y_scale, y_zp) at 1 and 2;
    /// QLinearGlobalAveragePool (X, x_scale, x_zp, y_scale, y_zp) at 3 and 4.
    /// </summary>
    public static (int Scale, int ZeroPoint)? OutputParameterInputs(string opType) => opType switch
    {
        "QLinearConv" or "QLinearMatMul" or "QLinearAdd" or "QLinearMul" => (6, 7),
        "QuantizeLinear" => (1, 2),
        "QLinearGlobalAveragePool" => (3, 4),
        _ => null,
    };

    /// <summary>
    /// Reads the output quantisation of <paramref name="node"/> from the graph's initializers; null when the
    /// operator is not quantised or its scale/zero point are not stored as constant initializers.
    /// </summary>
    public static Quantization? OfOutput(OnnxGraph graph, OnnxNode node)
    {
        if (OutputParameterInputs(node.OpType) is not { } at || node.Inputs.Count <= at.Scale)
        {
            return null;
        }
        var scaleName = node.Inputs[at.Scale];
        // A missing zero-point input means 0 (ONNX default).
        var zeroName = node.Inputs.Count > at.ZeroPoint ? node.Inputs[at.ZeroPoint] : "";
        if (!graph.Initializers.TryGetValue(scaleName, out var scale))
        {
            return null;
        }
        var zeroPoint = 0;
        if (zeroName.Length > 0)
        {
            if (!graph.Initializers.TryGetValue(zeroName, out var zero))
            {
                return null;
            }
            zeroPoint = (int)zero.ScalarValue();
        }
        return new Quantization(scale.ScalarValue(), zeroPoint, scaleName, zeroName);
    }
}
