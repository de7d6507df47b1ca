using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>Structural rules checked by <see cref="SequenceBuilder.Build"/>; each with a passing and a failing case.</summary>
public sealed class BuildRulesTests
{
    private static IReadOnlyList<string> Errors(Func<SequenceBuilder> define)
    {
        try
        {
            define().Build();
            return [];
        }
        catch (ExperimentValidationException e)
        {
            return e.Violations.Select(v => v.Message).ToList();
        }
    }

    private static SequenceBuilder Analog(Register register) =>
        new SequenceBuilder("AnalogDevice").Register(register).Channel("ryd", Channels.RydbergGlobal);

    [Fact]
    public void Unknown_device_lists_the_known_ones()
    {
        Assert.Equal(["device: Chadoq2 is not a known device; known devices: AnalogDevice, DigitalAnalogDevice, Fresnel, MockDevice, WeightedAnalogDevice"],
            Errors(() => new SequenceBuilder("Chadoq2").Register(Register.Line(2, 5))));
    }

    [Fact]
    public void Register_is_required_once()
    {
        Assert.Equal(["register: none is missing: call Register(...) before Build()"], Errors(() => new SequenceBuilder("MockDevice")));
        Assert.Equal(["register: 2 registers were set; a sequence has exactly one"],
            Errors(() => new SequenceBuilder("MockDevice").Register(Register.Line(1, 5)).Register(Register.Line(1, 5))));
    }

    [Fact]
    public void Atom_count_is_limited()
    {
        Assert.Empty(Errors(() => new SequenceBuilder("DigitalAnalogDevice").Register(Register.Rectangle(10, 10, 4))));
        var errors = Errors(() => new SequenceBuilder("AnalogDevice").Register(Register.Rectangle(9, 9, 0.5)).Channel("ryd", Channels.RydbergGlobal));
        Assert.Contains("register: 81 exceeds the maximum 80 (AnalogDevice max_atom_num: atoms)", errors);
    }

    [Fact]
    public void Atoms_must_be_far_enough_apart()
    {
        Assert.Empty(Errors(() => Analog(Register.Line(2, 5))));
        Assert.Equal(["register[1]: 4.9 is below the minimum 5 (AnalogDevice min_atom_distance: µm between q0 and q1)"],
            Errors(() => Analog(Register.Line(2, 4.9))));
        Assert.Empty(Errors(() => Analog(Register.TriangularLattice(4, 4, 5)))); // √3/2 rows, rounded to 1e-6 µm
        var mock = () => new SequenceBuilder("MockDevice");
        Assert.Empty(Errors(() => mock().Register(Register.FromCoordinates((0, 0), (0.5, 0)))));
        Assert.Equal(["register[1]: q1 sits on q0: two atoms cannot share a position"], Errors(() => mock().Register(Register.FromCoordinates((0, 0), (0, 0)))));
    }

    [Fact]
    public void Atoms_must_be_near_enough_the_centre()
    {
        Assert.Empty(Errors(() => Analog(Register.Line(2, 76))));
        Assert.Equal(
            ["register[0]: 38.5 exceeds the maximum 38 (AnalogDevice max_radial_distance: µm of q0 from the centre)",
             "register[1]: 38.5 exceeds the maximum 38 (AnalogDevice max_radial_distance: µm of q1 from the centre)"],
            Errors(() => Analog(Register.Line(2, 77))));
    }

    [Fact]
    public void Register_dimensions_must_fit_the_device()
    {
        Assert.Empty(Errors(() => new SequenceBuilder("MockDevice").Register(Register.FromCoordinates([(0, 0, 0), (0, 0, 5)]))));
        Assert.Contains("register: 3D has more dimensions than AnalogDevice supports (2D)",
            Errors(() => Analog(Register.FromCoordinates([(0, 0, 0), (0, 0, 5)]))));
    }

    [Fact]
    public void Channels_must_exist_on_the_device_and_be_declared_once()
    {
        Assert.Equal(["channels.raman: raman_local is not a channel of AnalogDevice; its channels: rydberg_global"],
            Errors(() => Analog(Register.Line(2, 5)).Channel("raman", Channels.RamanLocal)));
        Assert.Equal(["channels.ryd2: rydberg_global is already declared as 'ryd': AnalogDevice does not reuse channels"],
            Errors(() => Analog(Register.Line(2, 5)).Channel("ryd2", Channels.RydbergGlobal)));
        Assert.Equal(["channels.ryd: rydberg_global is declared twice: channel names are unique"],
            Errors(() => new SequenceBuilder("MockDevice").Register(Register.Line(2, 5)).Channel("ryd", Channels.RydbergGlobal).Channel("ryd", Channels.RydbergGlobal)));
    }

    [Fact]
    public void Operations_must_name_declared_channels()
    {
        Assert.Equal(["operations[0].channel: rydberg is not a declared channel; declared: ryd"],
            Errors(() => Analog(Register.Line(2, 5)).Add(Pulse.Constant(100, 1, 0), "rydberg")));
        Assert.Equal(["operations[0].channel: x is not a declared channel; declared: ryd"],
            Errors(() => Analog(Register.Line(2, 5)).Delay(100, "x")));
    }

    [Fact]
    public void Variables_must_be_declared()
    {
        var omega = Variable.Float("omega");
        Assert.Empty(Errors(() => Analog(Register.Line(2, 5)).DeclareVariable(omega).Add(Pulse.Constant(100, omega, 0), "ryd")));
        Assert.Equal(["operations[0]: omega reads a variable that is not declared: call DeclareVariable first"],
            Errors(() => Analog(Register.Line(2, 5)).Add(Pulse.Constant(100, omega, 0), "ryd")));
        Assert.Equal(["variables.omega: int and float is declared with two types"],
            Errors(() => Analog(Register.Line(2, 5)).DeclareVariable(omega).DeclareVariable(Variable.Int("omega"))));
    }

    [Fact]
    public void The_measurement_basis_must_be_supported()
    {
        Assert.Empty(Errors(() => Analog(Register.Line(2, 5)).Measure(Basis.GroundRydberg)));
        Assert.Equal(["measurement: digital is not supported by AnalogDevice; supported: ground-rydberg"],
            Errors(() => Analog(Register.Line(2, 5)).Measure(Basis.Digital)));
        Assert.Equal(["measurement: ground-rydberg, digital is set more than once: a sequence is measured once"],
            Errors(() => new SequenceBuilder("MockDevice").Register(Register.Line(2, 5)).Measure(Basis.GroundRydberg).Measure(Basis.Digital)));
    }

    [Fact]
    public void Xy_sequences_use_only_xy_channels_and_measure_in_xy()
    {
        var mock = () => new SequenceBuilder("MockDevice").Register(Register.Line(2, 5)).Channel("mw", Channels.Microwave);
        Assert.Empty(Errors(() => mock().Measure(Basis.XY)));
        Assert.Equal(["measurement: ground-rydberg is not XY: a sequence with the microwave channel measures in XY"],
            Errors(() => mock().Measure(Basis.GroundRydberg)));
        Assert.Equal(["channels: mw, ryd mixes the XY (microwave) channel with other channels; an XY sequence uses only XY channels"],
            Errors(() => mock().Channel("ryd", Channels.RydbergGlobal)));
        Assert.Equal(["measurement: XY needs the microwave channel, which is not declared"],
            Errors(() => new SequenceBuilder("MockDevice").Register(Register.Line(2, 5)).Channel("ryd", Channels.RydbergGlobal).Measure(Basis.XY)));
    }

    [Fact]
    public void Local_channels_need_a_target_and_respect_max_targets()
    {
        var digital = () => new SequenceBuilder("DigitalAnalogDevice").Register(Register.Line(3, 5));
        Assert.Empty(Errors(() => digital().Channel("r", Channels.RydbergLocal, "q0").Add(Pulse.Constant(100, 1, 0), "r")));
        Assert.Equal(["operations[0].channel: r is a local channel with no target yet: call Target (or give initial targets) first"],
            Errors(() => digital().Channel("r", Channels.RydbergLocal).Add(Pulse.Constant(100, 1, 0), "r")));
        Assert.Equal(["operations[0].target: 2 exceeds the maximum 1 (DigitalAnalogDevice rydberg_local max_targets)"],
            Errors(() => digital().Channel("r", Channels.RydbergLocal, "q0", "q1")));
        Assert.Equal(["operations[0].target: q9 is not a qubit id of the register (q0, q1, q2)"],
            Errors(() => digital().Channel("r", Channels.RydbergLocal).Target("r", "q9")));
        Assert.Equal(["operations[0].channel: g is a global channel (rydberg_global): only local channels take targets"],
            Errors(() => digital().Channel("g", Channels.RydbergGlobal).Target("g", "q0")));
    }

    [Fact]
    public void Align_needs_two_channels_and_phase_shifts_need_known_atoms()
    {
        var mock = () => new SequenceBuilder("MockDevice").Register(Register.Line(2, 5)).Channel("a", Channels.RydbergGlobal);
        Assert.Empty(Errors(() => mock().Channel("b", Channels.RamanGlobal).Align()));
        Assert.Equal(["operations[0].channels: a aligns fewer than 2 channels"], Errors(() => mock().Align()));
        Assert.Equal(["operations[0].targets: x is not a qubit id of the register (q0, q1)"], Errors(() => mock().PhaseShift(1, Basis.Digital, "x")));
    }

    [Fact]
    public void Every_structural_error_is_reported_at_once()
    {
        var errors = Errors(() => new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(3, 4))
            .Channel("ryd", Channels.RydbergGlobal)
            .Channel("raman", Channels.RamanLocal)
            .Add(Pulse.Constant(100, Variable.Float("w"), 0), "nope")
            .Measure(Basis.XY));
        Assert.Equal(6, errors.Count); // 2 distances, unknown channel id, undeclared variable, unknown channel name, basis
    }
}
