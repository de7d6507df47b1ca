using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

public sealed class RegisterTests
{
    private static (double, double)[] Xy(Register r) => r.Atoms.Select(a => (a.X, a.Y)).ToArray();

    [Fact]
    public void Line_is_centred_on_the_origin()
    {
        var line = Register.Line(count: 3, spacingUm: 5);
        Assert.Equal([(-5.0, 0.0), (0.0, 0.0), (5.0, 0.0)], Xy(line));
        Assert.Equal(["q0", "q1", "q2"], line.Atoms.Select(a => a.Id));
        Assert.Equal(2, line.Dimensions);
    }

    [Fact]
    public void Rectangle_fills_row_by_row_and_is_centred()
    {
        var r = Register.Rectangle(rows: 2, columns: 3, spacingUm: 4);
        Assert.Equal([(-4.0, -2.0), (0.0, -2.0), (4.0, -2.0), (-4.0, 2.0), (0.0, 2.0), (4.0, 2.0)], Xy(r));
    }

    [Fact]
    public void Triangular_lattice_has_equal_nearest_neighbour_distances()
    {
        var r = Register.TriangularLattice(rows: 3, atomsPerRow: 3, spacingUm: 5);
        Assert.Equal(9, r.Count);
        var nearest = r.Atoms.Select(a => r.Atoms.Where(b => b != a).Min(a.DistanceTo)).ToList();
        Assert.All(nearest, d => Assert.Equal(5, d, 5));
        Assert.Equal(0, r.Atoms.Average(a => a.X), 5); // coordinates are rounded to 1e-6 µm
        Assert.Equal(0, r.Atoms.Average(a => a.Y), 5);

        // Row 1 is shifted by half a spacing and sits √3/2 spacings above row 0.
        Assert.Equal(r.Atoms[0].X + 2.5, r.Atoms[3].X, 6);
        Assert.Equal(r.Atoms[0].Y + (5 * Math.Sqrt(3) / 2), r.Atoms[3].Y, 5);
    }

    [Fact]
    public void From_coordinates_keeps_positions_and_names_unless_asked_to_centre()
    {
        var plain = Register.FromCoordinates((0, 0), (6, 0));
        Assert.Equal([(0.0, 0.0), (6.0, 0.0)], Xy(plain));
        var named = Register.FromCoordinates([(0, 0), (6, 0)], names: ["a", "b"], center: true);
        Assert.Equal([(-3.0, 0.0), (3.0, 0.0)], Xy(named));
        Assert.Equal(1, named.IndexOf("b"));
        Assert.Equal(-1, named.IndexOf("c"));
        var cube = Register.FromCoordinates([(0, 0, 0), (0, 0, 5)]);
        Assert.Equal(3, cube.Dimensions);
        Assert.Equal(5, cube.Atoms[1].Z);
    }

    [Fact]
    public void Coordinates_are_rounded_to_a_micro_micron_without_negative_zero()
    {
        var r = Register.FromCoordinates([(0.1 + 0.2, -0.0000001)]);
        Assert.Equal(0.3, r.Atoms[0].X);
        Assert.False(double.IsNegative(r.Atoms[0].Y));
    }

    [Fact]
    public void Bad_factory_arguments_list_every_problem()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => Register.Rectangle(rows: 0, columns: 2, spacingUm: -1));
        Assert.Equal(2, error.Violations.Count);
        Assert.Equal("rows: 0 is below the minimum 1", error.Violations[0].Message);
        Assert.Contains("spacingUm: -1", error.Violations[1].Message, StringComparison.Ordinal);
        Assert.Throws<ExperimentValidationException>(() => Register.Line(2, double.NaN));
        Assert.Throws<ExperimentValidationException>(() => Register.FromCoordinates([(0, 0), (1, 1)], names: ["a", "a"]));
        Assert.Throws<ExperimentValidationException>(() => Register.FromCoordinates([(0, 0)], names: ["a", "b"]));
        Assert.Throws<ExperimentValidationException>(() => Register.FromCoordinates(Array.Empty<(double, double)>()));
        Assert.Throws<ExperimentValidationException>(() => Register.FromCoordinates((double.PositiveInfinity, 0)));
    }

    [Fact]
    public void Factory_parameters_carry_device_limits_for_the_analyzers()
    {
        var line = typeof(Register).GetMethod(nameof(Register.Line))!.GetParameters();
        Assert.Equal(DeviceQuantity.AtomCount, Limit(line[0]));
        Assert.Equal(DeviceQuantity.AtomDistanceUm, Limit(line[1]));
        var lattice = typeof(Register).GetMethod(nameof(Register.TriangularLattice))!.GetParameters();
        Assert.Equal([DeviceQuantity.AtomCount, DeviceQuantity.AtomCount, DeviceQuantity.AtomDistanceUm], lattice.Select(Limit));

        static DeviceQuantity? Limit(System.Reflection.ParameterInfo p) =>
            (p.GetCustomAttributes(typeof(DeviceLimitAttribute), false).SingleOrDefault() as DeviceLimitAttribute)?.Quantity;
    }
}
