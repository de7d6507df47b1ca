using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>
/// The DSL cases of array variables, kaiser/custom waveforms, arbitrary-phase pulses, lattice registers, layouts and
/// mappable registers (part of <see cref="PulserDslCases.All"/>). A case named like a fixture of
/// Fixtures/pulser/sequences builds the same sequence as that fixture's Pulser script.
/// </summary>
internal static class PulserDslFeatureCases
{
    private static readonly Dictionary<string, double> None = [];

    public static IReadOnlyList<PulserDslCases.Case> All { get; } =
    [
        new("expr_int_array", () =>
        {
            var d = Variable.IntArray("d", 3);
            return PulserDslCases.Pair("MockDevice", d)
                .Add(Pulse.Constant(d[0], 1.0, 0.0, 0.0), "ryd")
                .Delay(d[1], "ryd")
                .Add(Pulse.Constant(d[2], 2.0, 0.0, 0.0), "ryd")
                .Build();
        }, None, Arrays: new Dictionary<string, double[]> { ["d"] = [30, 17, 45] }),
        new("dsl_expr_float_array", () =>
        {
            var dets = Variable.FloatArray("dets", 3);
            var omega = Variable.Float("omega");
            return PulserDslCases.Pair("MockDevice", dets, omega)
                .Add(Pulse.Constant(100, omega * dets[2], dets[0], 0.0), "ryd")
                .Add(Pulse.Constant(60, omega, dets[1] - dets[0], Expr.Sin(dets[2])), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["omega"] = 2.0 }, Arrays: new Dictionary<string, double[]> { ["dets"] = [-1.5, 0.75, 1.25] }),
        new("wf_kaiser", () => PulserDslCases.Pair("MockDevice")
            .Add(Pulse.ConstantDetuning(Waveform.Kaiser(200, Math.PI), 0.0, 0.0), "ryd")
            .Add(Pulse.ConstantDetuning(Waveform.Kaiser(150, Math.PI / 2, beta: 9.0), 1.0, 0.0), "ryd")
            .Add(Pulse.ConstantDetuning(Waveform.KaiserMax(15.0, Math.PI, beta: 12.0), 0.0, 0.0), "ryd")
            .Build(), None),
        new("wf_custom", () => PulserDslCases.Pair("MockDevice")
            .Add(new Pulse(
                Waveform.Custom(Enumerable.Range(0, 60).Select(i => Math.Pow(Math.Sin(Math.PI * i / 59), 2) * 2.0).ToList()),
                Waveform.Custom(Enumerable.Range(0, 60).Select(i => -3.0 + (0.1 * i)).ToList()),
                0.0), "ryd")
            .Build(), None),
        new("pulse_constructors", () => PulserDslCases.Pair("MockDevice")
            .Add(Pulse.Constant(50, 1.0, -1.0, 0.1), "ryd")
            .Add(Pulse.ConstantDetuning(Waveform.Ramp(50, 0.0, 2.0), 0.5, 0.2), "ryd")
            .Add(Pulse.ConstantAmplitude(1.5, Waveform.Ramp(50, -2.0, 2.0), 0.3), "ryd")
            .Add(Pulse.ArbitraryPhase(Waveform.Constant(50, 1.0), Waveform.Ramp(50, 0.0, Math.PI)), "ryd")
            .Build(), None),
        new("dsl_reg_hexagon", () => PulserDslCases.Global("AnalogDevice", Register.Hexagon(1, 6.0)), None),
        new("dsl_reg_max_connectivity", () => PulserDslCases.Global("DigitalAnalogDevice", Register.MaxConnectivity(5, Device("DigitalAnalogDevice"))), None),
        new("dsl_reg_max_connectivity_partial_layer", () => PulserDslCases.Global("MockDevice", Register.MaxConnectivity(11, Device("MockDevice"), spacingUm: 5.0)), None),
        new("dsl_reg_rectangular_lattice", () => PulserDslCases.Global("MockDevice", Register.RectangularLattice(2, 3, rowSpacingUm: 4.0, columnSpacingUm: 6.5)), None),
        new("dsl_reg_rotated", () => PulserDslCases.Global("AnalogDevice", Register.Rectangle(2, 2, 6.0).Rotated(30)), None),
        new("dsl_reg_cubic", () => PulserDslCases.Global("MockDevice", Register.Cubic(2, 5.0)), None),
        new("reg_layout_define_register", () => new SequenceBuilder("AnalogDevice")
            .Register(Device("AnalogDevice").PreCalibratedLayouts[0].DefineRegister([20, 21, 25], ["a", "b", "c"]))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(80, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("reg_custom_layout", () => new SequenceBuilder("MockDevice")
            .Register(RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (0.0, 5.0), (5.0, 5.0), (10.0, 0.0), (10.0, 5.0)], "custom6").DefineRegister(0, 1, 4))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("reg_3d_layout_define_register", () => Global3D(Cube8().DefineRegister([0, 3, 5, 7], ["a", "b", "c", "d"])), None),
        new("reg_3d_layout_mappable", () => new SequenceBuilder("MockDevice")
            .Register(Cube8(slug: null).MakeMappable(4))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(80, 1.5, -0.5, 0.0), "ryd")
            .Build(), None, Qubits: new Dictionary<string, int> { ["q0"] = 1, ["q1"] = 4, ["q2"] = 6 }),
        new("layout_rectangular_lattice", () => OnLayout(RegisterLayout.RectangularLattice(2, 3, 5.0, 4.5), [0, 2, 5], dmmWeights: null), None),
        new("layout_triangular_dmm_trap_ids", () => OnLayout(RegisterLayout.TriangularLattice(19, 6.0), [3, 9, 10], new Dictionary<int, double> { [3] = 1.0, [9] = 0.4, [12] = 0.8 }), None),
        new("reg_mappable_full", MappableAmp, new Dictionary<string, double> { ["amp"] = 2.0 }, Qubits: new Dictionary<string, int> { ["q0"] = 29, ["q1"] = 30, ["q2"] = 35 }),
        new("dsl_reg_mappable_other_traps", MappableAmp, new Dictionary<string, double> { ["amp"] = 1.0 }, Qubits: new Dictionary<string, int> { ["q0"] = 12, ["q1"] = 24 }),
        new("dsl_reg_mappable_default_traps", () =>
        {
            var det = Variable.Float("det");
            return new SequenceBuilder("AnalogDevice")
                .DeclareVariable(det)
                .Register(Device("AnalogDevice").PreCalibratedLayouts[0].MakeMappable(["q0", "q1"], defaultTraps: [29, 30]))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(120, 1.5, det, 0.0), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["det"] = -2.0 }, Qubits: new Dictionary<string, int> { ["q0"] = 36, ["q1"] = 30 }),
    ];

    /// <summary>Pulser's <c>AnalogDevice.pre_calibrated_layouts[0].make_mappable_register(3)</c>, amplitude <c>amp</c>.</summary>
    private static AnalogSequence MappableAmp()
    {
        var amp = Variable.Float("amp");
        return new SequenceBuilder("AnalogDevice")
            .DeclareVariable(amp)
            .Register(Device("AnalogDevice").PreCalibratedLayouts[0].MakeMappable(3))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(100, amp, 0.0, 0.0), "ryd")
            .Build();
    }

    private static Device Device(string name) => DeviceCatalog.Default.Get(name);

    /// <summary>Pulser's <c>RegisterLayout(cube corners, slug="cube8")</c> of the fixtures <c>reg_3d_layout_*</c> (given unsorted, as there).</summary>
    private static RegisterLayout Cube8(string? slug = "cube8") => RegisterLayout.FromCoordinates(
        [(0.0, 0.0, 0.0), (6.0, 0.0, 0.0), (0.0, 6.0, 0.0), (0.0, 0.0, 6.0), (6.0, 6.0, 6.0), (6.0, 0.0, 6.0), (0.0, 6.0, 6.0), (6.0, 6.0, 0.0)], slug);

    /// <summary>The fixtures <c>layout_*</c>: atoms on <paramref name="traps"/>, optionally a detuning map by trap id and a DMM ramp, then a pulse.</summary>
    private static AnalogSequence OnLayout(RegisterLayout layout, int[] traps, Dictionary<int, double>? dmmWeights)
    {
        var builder = new SequenceBuilder("MockDevice")
            .Register(layout.DefineRegister(traps))
            .Channel("ryd", Channels.RydbergGlobal);
        if (dmmWeights is not null)
        {
            builder = builder
                .ConfigDetuningMap("dmm_0", layout.DefineDetuningMap(dmmWeights, slug: "dm"))
                .AddDmmDetuning(Waveform.Ramp(120, 0.0, -6.0), "dmm_0");
        }

        return builder.Add(Pulse.Constant(120, 1.0, 0.5, 0.0), "ryd").Build();
    }

    private static AnalogSequence Global3D(Register register) => new SequenceBuilder("MockDevice")
        .Register(register)
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(80, 1.5, -0.5, 0.0), "ryd")
        .Build();
}
