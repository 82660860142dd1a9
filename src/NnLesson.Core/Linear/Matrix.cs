namespace NnLesson.Core.Linear;

/// <summary>
/// A dense row-major matrix of doubles, shape [Rows, Cols]; element (r, c) lives at Data[r * Cols + c].
/// Batches follow the lecture's convention [batch, features]: one sample per row.
/// Deliberately small: the lessons show their loops, and the fast paths work on <see cref="Data"/> spans.
/// </summary>
public sealed class Matrix
{
    public Matrix(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        Rows = rows;
        Cols = cols;
        Data = new double[rows * cols];
    }

    public Matrix(int rows, int cols, double[] data)
    {
        if (data.Length != rows * cols)
        {
            throw new ArgumentException($"Expected {rows}×{cols} = {rows * cols} values, got {data.Length}.", nameof(data));
        }
        Rows = rows;
        Cols = cols;
        Data = data;
    }

    public int Rows { get; }

    public int Cols { get; }

    /// <summary>Row-major storage, length Rows·Cols.</summary>
    public double[] Data { get; }

    /// <summary>"[rows, cols]", the way the slides print shapes.</summary>
    public string Shape => $"[{Rows}, {Cols}]";

    public double this[int row, int col]
    {
        get => Data[row * Cols + col];
        set => Data[row * Cols + col] = value;
    }

    public Span<double> Row(int row) => Data.AsSpan(row * Cols, Cols);

    public static Matrix FromRows(double[][] rows)
    {
        var cols = rows.Length == 0 ? 0 : rows[0].Length;
        var m = new Matrix(rows.Length, cols);
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != cols)
            {
                throw new ArgumentException("All rows must have the same length.", nameof(rows));
            }
            rows[r].CopyTo(m.Row(r));
        }
        return m;
    }

    public Matrix Clone() => new(Rows, Cols, (double[])Data.Clone());

    /// <summary>C = A·B with A: [n, k], B: [k, m] → C: [n, m]; the plain triple loop, ordered i-k-j so the inner loop runs along rows.</summary>
    public static Matrix Multiply(Matrix a, Matrix b)
    {
        if (a.Cols != b.Rows)
        {
            throw new ArgumentException($"Cannot multiply {a.Shape} by {b.Shape}: inner sizes differ.");
        }
        var c = new Matrix(a.Rows, b.Cols);
        for (var i = 0; i < a.Rows; i++)
        {
            var cRow = c.Row(i);
            for (var k = 0; k < a.Cols; k++)
            {
                var aik = a[i, k];
                var bRow = b.Row(k);
                for (var j = 0; j < b.Cols; j++)
                {
                    cRow[j] += aik * bRow[j];
                }
            }
        }
        return c;
    }

    /// <summary>Aᵀ: [cols, rows].</summary>
    public Matrix Transpose()
    {
        var t = new Matrix(Cols, Rows);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Cols; c++)
            {
                t[c, r] = this[r, c];
            }
        }
        return t;
    }

    /// <summary>Adds the bias vector b: [Cols] to every row (numpy broadcasting of Z = X·W + b).</summary>
    public void AddRowVector(ReadOnlySpan<double> bias)
    {
        if (bias.Length != Cols)
        {
            throw new ArgumentException($"Bias has {bias.Length} values, matrix has {Cols} columns.", nameof(bias));
        }
        for (var r = 0; r < Rows; r++)
        {
            var row = Row(r);
            for (var c = 0; c < Cols; c++)
            {
                row[c] += bias[c];
            }
        }
    }

    /// <summary>A new matrix with f applied to every element.</summary>
    public Matrix Map(Func<double, double> f)
    {
        var m = new Matrix(Rows, Cols);
        for (var i = 0; i < Data.Length; i++)
        {
            m.Data[i] = f(Data[i]);
        }
        return m;
    }
}
