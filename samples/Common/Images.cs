using QuantumDsl.Matter;

namespace QuantumDsl.Samples;

/// <summary>Oqtant images (flattened, row-major) as grids and profiles.</summary>
public static class Images
{
    /// <summary>
    /// The image as rows × columns. The declared shape is trusted only when it matches the pixel count (the real
    /// simulator declares 2×2 for 10,000 pixels); otherwise the image is taken as square.
    /// </summary>
    public static double[,] ToGrid(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var side = (int)Math.Sqrt(image.Pixels.Count);
        var (rows, columns) = image.Rows * image.Columns == image.Pixels.Count ? (image.Rows, image.Columns) : (side, side);
        var grid = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = image.Pixels[(r * columns) + c];
            }
        }

        return grid;
    }

    /// <summary>The column sums of <paramref name="grid"/>: the density integrated across, as a function of x.</summary>
    public static double[] ColumnSums(double[,] grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
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
