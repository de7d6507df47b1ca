namespace QuantumDsl.Analog;

/// <summary>The lattice factories and transforms of <see cref="Register"/>, placing atoms as Pulser's factories do.</summary>
public sealed partial class Register
{
    /// <summary>
    /// A <paramref name="rows"/> × <paramref name="columns"/> rectangular lattice, row by row, columns
    /// <paramref name="columnSpacingUm"/> apart and rows <paramref name="rowSpacingUm"/> apart, centred (Pulser's
    /// <c>rectangular_lattice</c>).
    /// </summary>
    public static Register RectangularLattice(
        [DeviceLimit(DeviceQuantity.AtomCount)] int rows,
        [DeviceLimit(DeviceQuantity.AtomCount)] int columns,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double rowSpacingUm,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double columnSpacingUm)
    {
        Check(("rows", rows), ("columns", columns), ("rowSpacingUm", rowSpacingUm), ("columnSpacingUm", columnSpacingUm));
        return Centred(
            from y in Enumerable.Range(0, rows)
            from x in Enumerable.Range(0, columns)
            select (x * columnSpacingUm, y * rowSpacingUm));
    }

    /// <summary>
    /// A central atom and <paramref name="layers"/> hexagonal layers around it on a triangular lattice of
    /// <paramref name="spacingUm"/> (1 + 3·layers·(layers+1) atoms, not centred; Pulser's <c>hexagon</c>).
    /// </summary>
    public static Register Hexagon(int layers, [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm = 4.0)
    {
        Check(("layers", layers), ("spacingUm", spacingUm));
        return Create(TriangularHex(1 + (3 * ((layers * layers) + layers)), spacingUm), names: null, center: false, dimensions: 2);
    }

    /// <summary>
    /// <paramref name="count"/> atoms packed as tightly as <paramref name="device"/> allows: a triangular lattice filled
    /// from the centre outwards in hexagonal layers, <paramref name="spacingUm"/> apart (default: the device's
    /// <c>min_atom_distance</c>), not centred (Pulser's <c>max_connectivity</c>).
    /// </summary>
    /// <exception cref="ExperimentValidationException">The count is below 1 or above the device's <c>max_atom_num</c>,
    /// or the spacing is below its <c>min_atom_distance</c> (or zero).</exception>
    public static Register MaxConnectivity(
        [DeviceLimit(DeviceQuantity.AtomCount)] int count,
        Device device,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double? spacingUm = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        var violations = new List<Violation>();
        if (count < 1)
        {
            violations.Add(Violation.BelowMinimum("count", count, 1));
        }
        else if (device.MaxAtomNum > 0 && count > device.MaxAtomNum)
        {
            violations.Add(Violation.AboveMaximum("count", count, device.MaxAtomNum, $"{device.Name} max_atom_num"));
        }

        var spacing = spacingUm ?? device.MinAtomDistanceUm;
        if (spacingUm is { } given && (given < device.MinAtomDistanceUm || !double.IsFinite(given)))
        {
            violations.Add(Violation.BelowMinimum("spacingUm", given, device.MinAtomDistanceUm, $"{device.Name} min_atom_distance"));
        }
        else if (!(spacing > 0))
        {
            violations.Add(Violation.Rule("spacingUm", Expr.Format(spacing), $"must be positive: maximum connectivity is not defined for {device.Name}, whose min_atom_distance is 0"));
        }

        ExperimentValidationException.ThrowIfAny(violations);
        return Create(TriangularHex(count, spacing), names: null, center: false, dimensions: 2);
    }

    /// <summary>
    /// A <paramref name="rows"/> × <paramref name="columns"/> × <paramref name="layers"/> cuboid of spacing
    /// <paramref name="spacingUm"/>, x fastest then y then z, centred (Pulser's <c>Register3D.cuboid</c>).
    /// </summary>
    public static Register Cuboid(
        [DeviceLimit(DeviceQuantity.AtomCount)] int rows,
        [DeviceLimit(DeviceQuantity.AtomCount)] int columns,
        [DeviceLimit(DeviceQuantity.AtomCount)] int layers,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm = 4.0)
    {
        Check(("rows", rows), ("columns", columns), ("layers", layers), ("spacingUm", spacingUm));
        var coordinates = (
            from z in Enumerable.Range(0, layers)
            from y in Enumerable.Range(0, rows)
            from x in Enumerable.Range(0, columns)
            select (x * spacingUm, y * spacingUm, z * spacingUm)).ToList();
        return Create(coordinates, names: null, center: true, dimensions: 3);
    }

    /// <summary>A cube of <paramref name="side"/>³ atoms (Pulser's <c>Register3D.cubic</c>).</summary>
    public static Register Cubic(
        [DeviceLimit(DeviceQuantity.AtomCount)] int side,
        [DeviceLimit(DeviceQuantity.AtomDistanceUm)] double spacingUm = 4.0) => Cuboid(side, side, side, spacingUm);

    /// <summary>
    /// This 2D register rotated by <paramref name="degrees"/> counter-clockwise about the origin, ids kept (Pulser's
    /// <c>rotated</c>; like Pulser, the rotated register has no layout).
    /// </summary>
    /// <exception cref="ExperimentValidationException">The register is 3D or the angle is not finite.</exception>
    public Register Rotated(double degrees)
    {
        var violations = new List<Violation>();
        if (Dimensions != 2)
        {
            violations.Add(Violation.Rule("register", "3D", "cannot be rotated: Rotated is defined for 2D registers, as in Pulser"));
        }

        if (!double.IsFinite(degrees))
        {
            violations.Add(Violation.Rule("degrees", Expr.Format(degrees), "must be a finite angle"));
        }

        ExperimentValidationException.ThrowIfAny(violations);
        var theta = degrees * Math.PI / 180;
        double cos = Math.Cos(theta), sin = Math.Sin(theta);
        return FromCoordinates(Atoms.Select(a => ((cos * a.X) - (sin * a.Y), (sin * a.X) + (cos * a.Y))).ToList(), Atoms.Select(a => a.Id).ToList());
    }

    /// <summary>
    /// The same atoms with ids <c>{prefix}0..{prefix}N-1</c> in order: the <c>prefix</c> argument of Pulser's register
    /// factories (<c>Register.square(2, 5.0, prefix="a")</c>, <c>Register3D.cubic(2, 5.0, prefix="c")</c>); the
    /// factories here use <c>q</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An empty prefix.</exception>
    public Register WithPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var atoms = Atoms.Select((a, i) => a with { Id = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        return new Register(atoms, Dimensions) { Layout = Layout };
    }

    /// <summary>Pulser's triangular lattice in a hexagonal shape: the centre, then layer by layer, each side in order.</summary>
    internal static List<(double X, double Y, double Z)> TriangularHex(int count, double spacing)
    {
        var crest = Math.Sqrt(3) / 2;
        double[] startX = [-1.0, -0.5, 0.5, 1.0, 0.5, -0.5];
        double[] startY = [0.0, crest, crest, 0, -crest, -crest];
        double[] deltaX = [0.5, 1.0, 0.5, -0.5, -1.0, -0.5];
        double[] deltaY = [crest, 0.0, -crest, -crest, 0.0, crest];
        var points = new List<(double X, double Y)>();
        if (count < 7)
        {
            (double, double)[] first = [(0.0, 0.0), (-0.5, crest), (0.5, crest), (1.0, 0.0), (0.5, -crest), (-0.5, -crest)];
            points.AddRange(first.Take(count));
        }
        else
        {
            var layers = (int)((-3.0 + Math.Sqrt(9 + (12 * (count - 1)))) / 6.0);
            var left = count - 1 - (((layers * layers) + layers) * 3);
            points.Add((0.0, 0.0));
            for (var layer = 1; layer <= layers; layer++)
            {
                for (var side = 0; side < 6; side++)
                {
                    for (var atom = 1; atom <= layer; atom++)
                    {
                        points.Add(((startX[side] * layer) + (atom * deltaX[side]), (startY[side] * layer) + (atom * deltaY[side])));
                    }
                }
            }

            if (left > 0)
            {
                var outer = layers + 1;
                var perSide = left / 6;
                var extra = left % 6;
                int[] order = [0, 3, 1, 4, 2, 5];
                for (var side = 0; side < 6; side++)
                {
                    var upTo = extra > order[side] ? perSide + 2 : perSide + 1;
                    for (var atom = 1; atom < upTo; atom++)
                    {
                        points.Add(((startX[side] * outer) + (atom * deltaX[side]), (startY[side] * outer) + (atom * deltaY[side])));
                    }
                }
            }
        }

        return points.Select(p => (p.X * spacing, p.Y * spacing, 0.0)).ToList();
    }
}
