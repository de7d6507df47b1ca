using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// Pulser's special layouts (<c>pulser.register.special_layouts</c>): the same traps and the same <c>slug</c>, so a
/// layout made here is recognised as the one Pulser (and a device's pre-calibrated list) names.
/// </summary>
public sealed partial class RegisterLayout
{
    /// <summary>
    /// Pulser's <c>RectangularLatticeLayout(rows, columns, col_spacing, row_spacing)</c>: a centred grid of
    /// <paramref name="rows"/> × <paramref name="columns"/> traps, slug <c>RectangularLatticeLayout(2x3, 5.0x4.0µm)</c>.
    /// </summary>
    /// <exception cref="ExperimentValidationException">A count below 1 or a spacing that is not a positive finite distance.</exception>
    public static RegisterLayout RectangularLattice(int rows, int columns, double columnSpacingUm, double rowSpacingUm)
    {
        CheckLattice(("rows", rows), ("columns", columns), ("columnSpacingUm", columnSpacingUm), ("rowSpacingUm", rowSpacingUm));
        return FromCoordinates(SquareRect(rows, columns, columnSpacingUm, rowSpacingUm),
            $"RectangularLatticeLayout({rows.ToString(CultureInfo.InvariantCulture)}x{columns.ToString(CultureInfo.InvariantCulture)}, {PythonFloat(columnSpacingUm)}x{PythonFloat(rowSpacingUm)}µm)");
    }

    /// <summary>
    /// Pulser's <c>SquareLatticeLayout(rows, columns, spacing)</c>: a centred square grid, slug
    /// <c>SquareLatticeLayout(3x3, 5.0µm)</c>.
    /// </summary>
    /// <exception cref="ExperimentValidationException">A count below 1 or a spacing that is not a positive finite distance.</exception>
    public static RegisterLayout SquareLattice(int rows, int columns, double spacingUm)
    {
        CheckLattice(("rows", rows), ("columns", columns), ("spacingUm", spacingUm));
        return FromCoordinates(SquareRect(rows, columns, spacingUm, spacingUm),
            $"SquareLatticeLayout({rows.ToString(CultureInfo.InvariantCulture)}x{columns.ToString(CultureInfo.InvariantCulture)}, {PythonFloat(spacingUm)}µm)");
    }

    /// <summary>
    /// Pulser's <c>TriangularLatticeLayout(n_traps, spacing)</c>: <paramref name="traps"/> traps of a triangular lattice
    /// in a hexagonal shape around the origin, slug <c>TriangularLatticeLayout(61, 5.0µm)</c> (AnalogDevice's
    /// pre-calibrated layout).
    /// </summary>
    /// <exception cref="ExperimentValidationException">A count below 1 or a spacing that is not a positive finite distance.</exception>
    public static RegisterLayout TriangularLattice(int traps, double spacingUm)
    {
        CheckLattice(("traps", traps), ("spacingUm", spacingUm));
        return FromCoordinates(Register.TriangularHex(traps, spacingUm).Select(t => (t.X, t.Y)).ToList(),
            $"TriangularLatticeLayout({traps.ToString(CultureInfo.InvariantCulture)}, {PythonFloat(spacingUm)}µm)");
    }

    /// <summary>Pulser's <c>square_rect</c>: column i, row j at ((i − ⌈columns/2⌉ + 1)·dx, (j − ⌈rows/2⌉ + 1)·dy).</summary>
    private static List<(double X, double Y)> SquareRect(int rows, int columns, double dx, double dy) =>
        (from j in Enumerable.Range(0, rows)
         from i in Enumerable.Range(0, columns)
         select ((i - ((columns + 1) / 2) + 1) * dx, (j - ((rows + 1) / 2) + 1) * dy)).ToList();

    /// <summary>A spacing as Python's <c>str(float)</c> writes it in Pulser's slugs (<c>5.0</c>, <c>4.5</c>, <c>1e-05</c>).</summary>
    private static string PythonFloat(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e16
            ? value.ToString("0", CultureInfo.InvariantCulture) + ".0"
            : value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    private static void CheckLattice(params (string Name, double Value)[] arguments)
    {
        var v = new List<Violation>();
        foreach (var (name, value) in arguments)
        {
            if (name.EndsWith("Um", StringComparison.Ordinal) && (!(value > 0) || !double.IsFinite(value)))
            {
                v.Add(Violation.Rule(name, Expr.Format(value), "must be a positive finite distance in µm"));
            }
            else if (!name.EndsWith("Um", StringComparison.Ordinal) && value < 1)
            {
                v.Add(Violation.BelowMinimum(name, value, 1));
            }
        }

        ExperimentValidationException.ThrowIfAny(v);
    }
}
