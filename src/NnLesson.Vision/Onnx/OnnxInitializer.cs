namespace NnLesson.Vision.Onnx;

/// <summary>
/// A constant tensor stored in the graph (weights, biases, quantisation scales and zero points):
/// its name, ONNX data type (1 float, 2 uint8, 3 int8, 6 int32, 7 int64) and dims. The values are decoded
/// on demand from the TensorProto bytes, which is cheap for the scalars the inspector reads.
/// </summary>
public sealed class OnnxInitializer
{
    private readonly IReadOnlyList<ProtoField> _fields;

    private OnnxInitializer(string name, int dataType, long[] dims, IReadOnlyList<ProtoField> fields)
    {
        Name = name;
        DataType = dataType;
        Dims = dims;
        _fields = fields;
    }

    public string Name { get; }

    public int DataType { get; }

    /// <summary>The shape; empty for a scalar.</summary>
    public IReadOnlyList<long> Dims { get; }

    public long ElementCount => Dims.Aggregate(1L, (a, d) => a * d);

    internal static OnnxInitializer Parse(ReadOnlyMemory<byte> tensorProto)
    {
        var fields = ProtoMessage.Read(tensorProto);
        var name = fields.LastOrDefault(f => f.Number == OnnxFields.TensorName)?.AsString() ?? "";
        var dataType = (int)(fields.LastOrDefault(f => f.Number == OnnxFields.TensorDataType)?.Bits ?? 0);
        var dims = fields.Where(f => f.Number == OnnxFields.TensorDims).SelectMany(f => f.AsInt64s()).ToArray();
        return new OnnxInitializer(name, dataType, dims, fields);
    }

    /// <summary>
    /// The single value of a one-element tensor (a quantisation scale or zero point), as a double.
    /// ONNX stores it either in raw_data (little-endian bytes) or in the typed field: float_data for
    /// float, int32_data for every integer type of 32 bits or less (uint8 and int8 included).
    /// </summary>
    public double ScalarValue()
    {
        if (ElementCount != 1)
        {
            throw new InvalidDataException($"Initializer '{Name}' has shape [{string.Join(", ", Dims)}], not a single value.");
        }
        if (_fields.Any(f => f.Number == OnnxFields.TensorDataLocation && f.Bits == OnnxFields.DataLocationExternal))
        {
            throw new InvalidDataException($"Initializer '{Name}' is stored in an external file, which the inspector does not read.");
        }
        var raw = _fields.LastOrDefault(f => f.Number == OnnxFields.TensorRawData)?.Payload.ToArray();
        if (raw is not null)
        {
            return DataType switch
            {
                OnnxFields.DataTypeFloat when raw.Length == 4 => BitConverter.ToSingle(raw, 0),
                OnnxFields.DataTypeUInt8 when raw.Length == 1 => raw[0],
                OnnxFields.DataTypeInt8 when raw.Length == 1 => (sbyte)raw[0],
                OnnxFields.DataTypeInt32 when raw.Length == 4 => BitConverter.ToInt32(raw, 0),
                OnnxFields.DataTypeInt64 when raw.Length == 8 => BitConverter.ToInt64(raw, 0),
                _ => throw Unsupported(),
            };
        }
        return DataType switch
        {
            OnnxFields.DataTypeFloat => Single(_fields.Where(f => f.Number == OnnxFields.TensorFloatData).SelectMany(f => f.AsFloats())),
            // int32_data holds uint8/int8 values widened to int32; a negative int8 arrives sign-extended.
            OnnxFields.DataTypeUInt8 or OnnxFields.DataTypeInt8 or OnnxFields.DataTypeInt32 =>
                (int)Single(_fields.Where(f => f.Number == OnnxFields.TensorInt32Data).SelectMany(f => f.AsInt64s())),
            OnnxFields.DataTypeInt64 => Single(_fields.Where(f => f.Number == OnnxFields.TensorInt64Data).SelectMany(f => f.AsInt64s())),
            _ => throw Unsupported(),
        };
    }

    /// <summary>
    /// Every value of a float tensor (weights, biases, batch-norm statistics, the mean image), row-major:
    /// from raw_data (little-endian float32) or from float_data, whichever the file used.
    /// </summary>
    /// <exception cref="InvalidDataException">Not float, stored externally, or the count does not fit the dims.</exception>
    public float[] FloatValues()
    {
        if (DataType != OnnxFields.DataTypeFloat)
        {
            throw new InvalidDataException($"Initializer '{Name}' has ONNX data type {DataType}, not float (1).");
        }
        if (_fields.Any(f => f.Number == OnnxFields.TensorDataLocation && f.Bits == OnnxFields.DataLocationExternal))
        {
            throw new InvalidDataException($"Initializer '{Name}' is stored in an external file, which is not read here.");
        }
        var raw = _fields.LastOrDefault(f => f.Number == OnnxFields.TensorRawData)?.Payload;
        float[] values;
        if (raw is not null)
        {
            if (raw.Value.Length % 4 != 0)
            {
                throw new InvalidDataException($"Initializer '{Name}': {raw.Value.Length} raw bytes are not a whole number of floats.");
            }
            values = new float[raw.Value.Length / 4];
            raw.Value.Span.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan())); // ONNX raw_data is little-endian, like every platform .NET runs on here
        }
        else
        {
            var packed = _fields.Where(f => f.Number == OnnxFields.TensorFloatData).ToList();
            values = packed.Count == 1 ? packed[0].AsFloats() : packed.SelectMany(f => f.AsFloats()).ToArray(); // one packed field: no per-value enumeration
        }
        if (values.Length != ElementCount)
        {
            throw new InvalidDataException($"Initializer '{Name}' holds {values.Length} floats for shape [{string.Join(", ", Dims)}].");
        }
        return values;
    }

    /// <summary>Every value of an int8 or uint8 tensor (quantised weights), widened to int, row-major.</summary>
    /// <exception cref="InvalidDataException">Another type, or the count does not fit the dims.</exception>
    public int[] Int8Values()
    {
        if (DataType is not (OnnxFields.DataTypeInt8 or OnnxFields.DataTypeUInt8))
        {
            throw new InvalidDataException($"Initializer '{Name}' has ONNX data type {DataType}, not int8 (3) or uint8 (2).");
        }
        var raw = _fields.LastOrDefault(f => f.Number == OnnxFields.TensorRawData)?.Payload.ToArray();
        var values = raw is not null
            ? raw.Select(b => DataType == OnnxFields.DataTypeInt8 ? (sbyte)b : (int)b).ToArray()
            : _fields.Where(f => f.Number == OnnxFields.TensorInt32Data).SelectMany(f => f.AsInt64s()).Select(v => (int)v).ToArray();
        if (values.Length != ElementCount)
        {
            throw new InvalidDataException($"Initializer '{Name}' holds {values.Length} values for shape [{string.Join(", ", Dims)}].");
        }
        return values;
    }

    private double Single<T>(IEnumerable<T> values) where T : struct, IConvertible
    {
        var list = values.ToList();
        return list.Count == 1 ? list[0].ToDouble(null) : throw Unsupported();
    }

    private InvalidDataException Unsupported() =>
        new($"Initializer '{Name}' (ONNX data type {DataType}) is not stored as a single value the inspector can read.");
}
