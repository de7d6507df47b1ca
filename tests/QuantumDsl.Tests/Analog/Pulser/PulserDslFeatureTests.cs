using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>
/// Array variables, waveforms, lattice registers, layouts and mappable registers built with the DSL: the same samples
/// and atoms as real Pulser's fixtures, lossless round trip through the reader, and Pulser's verdicts on bad input.
/// </summary>
public sealed class PulserDslFeatureTests
{
    public static TheoryData<string> SameNamedCases => new(PulserDslFeatureCases.All.Select(c => c.Name).Where(n => File.Exists(Path.Combine(PulserFixture.Directory, n + ".json"))));

    public static TheoryData<string> FeatureCases => new(PulserDslFeatureCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(SameNamedCases))]
    public void Dsl_samples_equal_the_samples_of_pulsers_fixture(string name)
    {
        var c = PulserDslCases.Get(name);
        var fixture = PulserFixture.Load(name);
        var (variables, qubits) = fixture.Values();
        var expected = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr).Sample(variables, qubits);
        var dsl = c.Build();
        var actual = dsl.Sample(c.AllArrays(), c.Qubits);
        Assert.Equal(expected.DurationNs, actual.DurationNs);
        Assert.Equal(expected.QubitIds, actual.QubitIds);
        Assert.Equal(expected.Channels.Count, actual.Channels.Count);
        for (var i = 0; i < expected.Channels.Count; i++)
        {
            AssertClose(expected.Channels[i].Amplitude, actual.Channels[i].Amplitude);
            AssertClose(expected.Channels[i].Detuning, actual.Channels[i].Detuning);
            AssertClose(expected.Channels[i].Phase, actual.Channels[i].Phase);
        }

        var fixtureRegister = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr).BuildRegister(qubits);
        AssertSameAtoms(fixtureRegister, dsl.BuildRegister(c.Qubits), compareIds: true);
    }

    [Theory]
    [MemberData(nameof(FeatureCases))]
    public void Dsl_json_round_trips_through_the_reader_and_validates(string name)
    {
        var c = PulserDslCases.Get(name);
        var json = c.Build().ToAbstractRepr();
        var read = AnalogSequence.FromAbstractRepr(json);
        Assert.Equal(json, read.ToAbstractRepr());
        Assert.Empty(c.Build().ValidateJob(c.AllArrays(), c.Qubits, runs: 100));
        Assert.Empty(read.ValidateJob(c.AllArrays(), c.Qubits, runs: 100));
    }

    [Theory]
    [InlineData("reg_hexagon")]
    [InlineData("reg_max_connectivity")]
    [InlineData("reg_3d")]
    [InlineData("reg_3d_cuboid")]
    public void Lattice_factories_place_atoms_where_pulser_does(string fixtureName)
    {
        var register = fixtureName switch
        {
            "reg_3d_cuboid" => Register.Cuboid(2, 3, 2, 5.0),
            "reg_hexagon" => Register.Hexagon(1, 6.0),
            "reg_max_connectivity" => Register.MaxConnectivity(5, DeviceCatalog.Default.Get("DigitalAnalogDevice")),
            _ => Register.Cubic(2, 5.0),
        };
        var fixture = AnalogSequence.FromAbstractRepr(PulserFixture.Load(fixtureName).AbstractRepr);
        AssertSameAtoms(fixture.Register, register, compareIds: false);
    }

    [Theory]
    [InlineData("reg_3d")]
    [InlineData("reg_3d_cuboid")]
    public void A_prefix_names_the_atoms_as_pulsers_prefix_argument(string fixtureName)
    {
        var register = fixtureName == "reg_3d" ? Register.Cubic(2, 5.0).WithPrefix("c") : Register.Cuboid(2, 3, 2, 5.0).WithPrefix("k");
        var fixture = AnalogSequence.FromAbstractRepr(PulserFixture.Load(fixtureName).AbstractRepr);
        AssertSameAtoms(fixture.Register, register, compareIds: true);
    }

    [Fact]
    public void Max_connectivity_fills_a_partial_layer_in_pulsers_order()
    {
        // Real Pulser's Register.max_connectivity(11, MockDevice, spacing=1.0): 7 atoms, then one on each of sides 0, 1, 2
        // and 4 of the second layer (printed by Pulser 76ac2d1).
        var register = Register.MaxConnectivity(11, DeviceCatalog.Default.Get("MockDevice"), spacingUm: 1.0);
        var crest = Math.Sqrt(3) / 2;
        (double X, double Y)[] expectedTail = [(-1.5, crest), (0.0, 2 * crest), (1.5, crest), (0.0, -2 * crest)];
        Assert.Equal(11, register.Count);
        for (var i = 0; i < expectedTail.Length; i++)
        {
            Assert.Equal(expectedTail[i].X, register.Atoms[7 + i].X, 6);
            Assert.Equal(expectedTail[i].Y, register.Atoms[7 + i].Y, 6);
        }
    }

    [Fact]
    public void Rectangular_lattice_and_rotation_place_atoms_as_pulser()
    {
        var lattice = Register.RectangularLattice(2, 3, rowSpacingUm: 4.0, columnSpacingUm: 6.5);
        Assert.Equal([(-6.5, -2.0), (0.0, -2.0), (6.5, -2.0), (-6.5, 2.0), (0.0, 2.0), (6.5, 2.0)], lattice.Atoms.Select(a => (a.X, a.Y)));
        var rotated = Register.FromCoordinates((1.0, 0.0), (0.0, 2.0)).Rotated(90);
        Assert.Equal([(0.0, 1.0), (-2.0, 0.0)], rotated.Atoms.Select(a => (a.X, a.Y)));
        Assert.Equal(["q0", "q1"], rotated.Atoms.Select(a => a.Id));
        var error = Assert.Throws<ExperimentValidationException>(() => Register.Cubic(2, 5.0).Rotated(10));
        Assert.Contains(error.Violations, v => v.Path == "register" && v.Message.Contains("2D", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_register_arguments_name_the_argument_and_the_limit()
    {
        var device = DeviceCatalog.Default.Get("AnalogDevice");
        var tooMany = Assert.Throws<ExperimentValidationException>(() => Register.MaxConnectivity(device.MaxAtomNum + 1, device));
        Assert.Contains(tooMany.Violations, v => v.Path == "count" && v.Message.Contains("max_atom_num", StringComparison.Ordinal));
        var tooClose = Assert.Throws<ExperimentValidationException>(() => Register.MaxConnectivity(3, device, spacingUm: 1.0));
        Assert.Contains(tooClose.Violations, v => v.Path == "spacingUm" && v.Message.Contains("min_atom_distance", StringComparison.Ordinal));
        var hexagon = Assert.Throws<ExperimentValidationException>(() => Register.Hexagon(0, 5.0));
        Assert.Contains(hexagon.Violations, v => v.Path == "layers");
    }

    [Fact]
    public void Array_variables_index_check_and_bind_their_size()
    {
        var d = Variable.IntArray("d", 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => d[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Variable.FloatArray("x", 0));
        var c = PulserDslCases.Get("expr_int_array");
        var seq = c.Build();
        var scalar = seq.Validate(new Dictionary<string, double> { ["d"] = 30 }, runs: 10);
        Assert.Contains(scalar, v => v.Path == "variables.d" && v.Message.Contains("size 3", StringComparison.Ordinal));
        var wrongSize = seq.ValidateJob(new Dictionary<string, double[]> { ["d"] = [30, 17] }, null, runs: 10);
        Assert.Contains(wrongSize, v => v.Path == "variables.d" && v.Message.Contains("size 3", StringComparison.Ordinal));
        var notInt = seq.ValidateJob(new Dictionary<string, double[]> { ["d"] = [30, 17.5, 45] }, null, runs: 10);
        Assert.Contains(notInt, v => v.Path == "variables.d" && v.Message.Contains("int", StringComparison.Ordinal));
        var negative = seq.ValidateJob(new Dictionary<string, double[]> { ["d"] = [30, 17, -5] }, null, runs: 10);
        Assert.Contains(negative, v => v.Path.StartsWith("operations[2]", StringComparison.Ordinal));
        Assert.Empty(seq.ValidateJob(c.AllArrays(), null, runs: 10));
    }

    [Fact]
    public void Layout_rules_refuse_what_pulser_refuses()
    {
        var analog = DeviceCatalog.Default.Get("AnalogDevice");
        var layout = analog.PreCalibratedLayouts[0];
        var badTrap = Assert.Throws<ExperimentValidationException>(() => layout.DefineRegister(0, layout.TrapCount));
        Assert.Contains(badTrap.Violations, v => v.Path == "trapIds" && v.Value == layout.TrapCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var repeated = Assert.Throws<ExperimentValidationException>(() => layout.DefineRegister(3, 3));
        Assert.Contains(repeated.Violations, v => v.Path == "trapIds" && v.Message.Contains("more than once", StringComparison.Ordinal));

        // Pulser's validate_layout_filling: at most max_layout_filling (0.5) of the 61 traps hold atoms.
        var overfilled = new SequenceBuilder("AnalogDevice").Register(layout.MakeMappable(31)).Channel("ryd", Channels.RydbergGlobal);
        var filling = Assert.Throws<ExperimentValidationException>(() => overfilled.Build());
        Assert.Contains(filling.Violations, v => v.Path == "register" && v.Message.Contains("max_layout_filling", StringComparison.Ordinal));

        // A custom layout on a device that requires at least 150 traps (Fresnel's min_layout_traps).
        var small = RegisterLayout.FromCoordinates([(0.0, 0.0), (6.0, 0.0), (0.0, 6.0), (6.0, 6.0)]);
        var fresnel = new SequenceBuilder("Fresnel").Register(small.DefineRegister(0, 1)).Channel("ryd", Channels.RydbergGlobal);
        var traps = Assert.Throws<ExperimentValidationException>(() => fresnel.Build());
        Assert.Contains(traps.Violations, v => v.Path == "layout.coordinates" && v.Message.Contains("min_layout_traps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mappable_register_is_placed_by_each_jobs_qubit_map()
    {
        var c = PulserDslCases.Get("reg_mappable_full");
        var seq = c.Build();
        Assert.True(seq.IsRegisterMappable);
        var layout = seq.Layout!;
        var placed = seq.BuildRegister(new Dictionary<string, int> { ["q0"] = 12, ["q1"] = 24 });
        Assert.Equal(["q0", "q1"], placed.Atoms.Select(a => a.Id));
        Assert.Equal(layout.Traps[24].X, placed.Atoms[1].X, 9);
        var notPrefix = seq.ValidateJob(c.AllArrays(), new Dictionary<string, int> { ["q1"] = 30 }, runs: 10);
        Assert.Contains(notPrefix, v => v.Path == "qubits" && v.Message.Contains("first 1 qubit ids", StringComparison.Ordinal));
        var missing = seq.ValidateJob(c.AllArrays(), null, runs: 10);
        Assert.Contains(missing, v => v.Path == "qubits");
        var sameTrap = seq.ValidateJob(c.AllArrays(), new Dictionary<string, int> { ["q0"] = 3, ["q1"] = 3 }, runs: 10);
        Assert.Contains(sameTrap, v => v.Path == "qubits" && v.Message.Contains("same trap", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(seq.ToAbstractRepr());
        Assert.Equal("q0", doc.RootElement.GetProperty("register")[0].GetProperty("qid").GetString());
        Assert.Equal(layout.TrapCount, doc.RootElement.GetProperty("layout").GetProperty("coordinates").GetArrayLength());
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"sample {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    private static void AssertSameAtoms(Register expected, Register actual, bool compareIds)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected.Atoms[i].DistanceTo(actual.Atoms[i]) <= 1e-6, $"atom {i}: expected {expected.Atoms[i]}, got {actual.Atoms[i]}");
            if (compareIds)
            {
                Assert.Equal(expected.Atoms[i].Id, actual.Atoms[i].Id);
            }
        }
    }
}
