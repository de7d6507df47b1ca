using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// A flattened image (<c>{pixels, rows, columns, pixcal}</c>): pixels row-major. Do not assume
/// <c>Rows * Columns == Pixels.Count</c> (the simulator's placeholders say 2×2 but hold 10,000 pixels).
/// </summary>
public sealed record Image
{
    /// <summary>Pixel values, row-major (<c>pixels</c>).</summary>
    [JsonPropertyName("pixels")]
    public required IReadOnlyList<double> Pixels { get; init; }

    /// <summary>Declared number of rows (<c>rows</c>).</summary>
    [JsonPropertyName("rows")]
    public required int Rows { get; init; }

    /// <summary>Declared number of columns (<c>columns</c>).</summary>
    [JsonPropertyName("columns")]
    public required int Columns { get; init; }

    /// <summary>µm per pixel, or null (<c>pixcal</c>, default 1.0).</summary>
    [JsonPropertyName("pixcal")]
    public double? Pixcal { get; init; } = 1.0;

    /// <summary>
    /// The image as rows × columns (row 0 first). The declared shape is trusted only when it matches the pixel count
    /// (the real simulator declares 2×2 for 10,000 pixels); otherwise the image is taken as square.
    /// </summary>
    public double[,] ToGrid()
    {
        var side = (int)Math.Sqrt(Pixels.Count);
        var (rows, columns) = Rows * Columns == Pixels.Count ? (Rows, Columns) : (side, side);
        var grid = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = Pixels[(r * columns) + c];
            }
        }

        return grid;
    }

    /// <summary>The column sums of <see cref="ToGrid"/>: the density integrated across the rows, as a function of x.</summary>
    public double[] ColumnSums()
    {
        var grid = ToGrid();
        var sums = new double[grid.GetLength(1)];
        for (var r = 0; r < grid.GetLength(0); r++)
        {
            for (var c = 0; c < sums.Length; c++)
            {
                sums[c] += grid[r, c];
            }
        }

        return sums;
    }
}
