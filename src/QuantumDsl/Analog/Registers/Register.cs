namespace QuantumDsl.Analog;

/// <summary>
/// The atoms of a sequence (2D or 3D), in order: operations address atoms by their index here. The factory layouts are
/// centred on the origin as Pulser does (mean of the coordinates subtracted); coordinates are rounded to 1e-6 µm as
/// Pulser stores them. Factories throw <see cref="ExperimentValidationException"/> for counts below 1 or spacings that
/// are not positive finite numbers; device limits are checked when the sequence is built.
/// </summary>
public sealed partial class Register
{
    private const int CoordinateDecimals = 6;

    private Register(IReadOnlyList<Atom> atoms, int dimensions)
    {
        Atoms = atoms;
        Dimensions = dimensions;
    }

    /// <summary>The atoms, in register order.</summary>
    public IReadOnlyList<Atom> Atoms { get; }

    /// <summary>2 or 3.</summary>
    public int Dimensions { get; }

    /// <summary>Number of atoms.</summary>
    public int Count => Atoms.Count;

    /// <summary>The layout this register was defined on (<see cref="RegisterLayout.DefineRegister(int[])"/>), or null.</summary>
    public RegisterLayout? Layout { get; private init; }

    /// <summary><paramref name="count"/> atoms on the x axis, <paramref name="spacingUm"/> apart (Pulser's <c>rectangle(1, count)</c>).</summary>
    public static Register Line(
        [DeviceLimit(DeviceQuantity.AtomCount)] int count,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm)
    {
        Check(("count", count), ("spacingUm", spacingUm));
        return Centred(Enumerable.Range(0, count).Select(i => (i * spacingUm, 0.0)));
    }

    /// <summary>A <paramref name="rows"/> × <paramref name="columns"/> square grid, row by row (Pulser's <c>rectangle</c>).</summary>
    public static Register Rectangle(
        [DeviceLimit(DeviceQuantity.AtomCount)] int rows,
        [DeviceLimit(DeviceQuantity.AtomCount)] int columns,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm)
    {
        Check(("rows", rows), ("columns", columns), ("spacingUm", spacingUm));
        return Centred(
            from y in Enumerable.Range(0, rows)
            from x in Enumerable.Range(0, columns)
            select (x * spacingUm, y * spacingUm));
    }

    /// <summary>
    /// A triangular lattice of <paramref name="rows"/> rows of <paramref name="atomsPerRow"/> atoms, odd rows shifted by
    /// half a spacing, rows √3/2 spacings apart (Pulser's <c>triangular_lattice</c>).
    /// </summary>
    public static Register TriangularLattice(
        [DeviceLimit(DeviceQuantity.AtomCount)] int rows,
        [DeviceLimit(DeviceQuantity.AtomCount)] int atomsPerRow,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm)
    {
        Check(("rows", rows), ("atomsPerRow", atomsPerRow), ("spacingUm", spacingUm));
        var rowHeight = Math.Sqrt(3) / 2;
        return Centred(
            from y in Enumerable.Range(0, rows)
            from x in Enumerable.Range(0, atomsPerRow)
            select ((x + (0.5 * (y % 2))) * spacingUm, y * rowHeight * spacingUm));
    }

    /// <summary>2D atoms at the given coordinates (µm), ids <c>q0..qN-1</c>, not centred.</summary>
    public static Register FromCoordinates(params (double X, double Y)[] coordinates) =>
        FromCoordinates(coordinates, names: null);

    /// <summary>2D atoms at <paramref name="coordinates"/> (µm) with optional <paramref name="names"/> (default <c>q0..qN-1</c>), optionally centred.</summary>
    public static Register FromCoordinates(IReadOnlyList<(double X, double Y)> coordinates, IReadOnlyList<string>? names = null, bool center = false)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        return Create(coordinates.Select(c => (c.X, c.Y, 0.0)).ToList(), names, center, dimensions: 2);
    }

    /// <summary>3D atoms at <paramref name="coordinates"/> (µm) with optional <paramref name="names"/> (default <c>q0..qN-1</c>), optionally centred.</summary>
    public static Register FromCoordinates(IReadOnlyList<(double X, double Y, double Z)> coordinates, IReadOnlyList<string>? names = null, bool center = false)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        return Create(coordinates, names, center, dimensions: 3);
    }

    /// <summary>This register remembering <paramref name="layout"/>.</summary>
    internal Register WithLayout(RegisterLayout layout) => new(Atoms, Dimensions) { Layout = layout };

    /// <summary>A register of exactly these atoms (as read from JSON: no centring, no rounding).</summary>
    internal static Register FromAtoms(IReadOnlyList<Atom> atoms, int dimensions) => new(atoms, dimensions);

    /// <summary>The index of the atom with qubit id <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Atoms.Count; i++)
        {
            if (string.Equals(Atoms[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static Register Centred(IEnumerable<(double X, double Y)> coordinates) =>
        Create(coordinates.Select(c => (c.X, c.Y, 0.0)).ToList(), names: null, center: true, dimensions: 2);

    private static Register Create(IReadOnlyList<(double X, double Y, double Z)> coordinates, IReadOnlyList<string>? names, bool center, int dimensions)
    {
        var violations = new List<Violation>();
        if (coordinates.Count == 0)
        {
            violations.Add(Violation.Rule("register", "[]", "is empty: a register needs at least one atom"));
        }

        if (names is not null && names.Count != coordinates.Count)
        {
            violations.Add(Violation.Rule("register.names", names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"names given for {coordinates.Count} coordinates"));
        }

        for (var i = 0; i < coordinates.Count; i++)
        {
            var (x, y, z) = coordinates[i];
            if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(z))
            {
                violations.Add(Violation.Rule($"register[{i}]", $"({Expr.Format(x)}, {Expr.Format(y)}, {Expr.Format(z)})", "is not a finite position"));
            }
        }

        if (names is not null)
        {
            foreach (var duplicate in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                violations.Add(Violation.Rule("register.names", duplicate.Key, "is used by more than one atom"));
            }
        }

        ExperimentValidationException.ThrowIfAny(violations);
        double cx = 0, cy = 0, cz = 0;
        if (center)
        {
            cx = coordinates.Average(c => c.X);
            cy = coordinates.Average(c => c.Y);
            cz = coordinates.Average(c => c.Z);
        }

        var atoms = coordinates
            .Select((c, i) => new Atom(names?[i] ?? "q" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Tidy(c.X - cx), Tidy(c.Y - cy), Tidy(c.Z - cz)))
            .ToList();
        return new Register(atoms, dimensions);
    }

    private static double Tidy(double value) => Math.Round(value, CoordinateDecimals) + 0.0;

    private static void Check(params (string Name, double Value)[] arguments)
    {
        var violations = new List<Violation>();
        foreach (var (name, value) in arguments)
        {
            if (name.EndsWith("Um", StringComparison.Ordinal))
            {
                if (!(value > 0) || !double.IsFinite(value))
                {
                    violations.Add(Violation.Rule(name, Expr.Format(value), "must be a positive finite distance in µm"));
                }
            }
            else if (value < 1)
            {
                violations.Add(Violation.BelowMinimum(name, value, 1));
            }
        }

        ExperimentValidationException.ThrowIfAny(violations);
    }
}
