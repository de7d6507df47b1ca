using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>
/// Sequences built with the DSL whose JSON real Pulser checked (Fixtures/pulser/dsl-verdicts). Where the DSL can
/// express a case of Fixtures/pulser/sequences, the case has the same name and the same sequence (the DSL adds the
/// layout it derives for devices that require one); the other cases (Fresnel, which is not in <c>pulser.devices</c>,
/// and variants) are prefixed <c>dsl_</c>.
/// </summary>
internal static class PulserDslCases
{
    /// <summary>
    /// One case: its name, the sequence and the variable values Pulser builds it with (scalars in
    /// <see cref="Variables"/>, array variables in <see cref="Arrays"/>, a mappable register's map in <see cref="Qubits"/>).
    /// </summary>
    public sealed record Case(
        string Name,
        Func<AnalogSequence> Build,
        IReadOnlyDictionary<string, double> Variables,
        IReadOnlyDictionary<string, double[]>? Arrays = null,
        IReadOnlyDictionary<string, int>? Qubits = null)
    {
        /// <summary>Every value as arrays (scalars of size 1), as <see cref="AnalogSequence.ValidateJob"/> takes them.</summary>
        public Dictionary<string, double[]> AllArrays()
        {
            var all = Variables.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }, StringComparer.Ordinal);
            foreach (var (name, values) in Arrays ?? new Dictionary<string, double[]>())
            {
                all[name] = values;
            }

            return all;
        }
    }

    private static readonly Dictionary<string, double> None = [];

    public static IReadOnlyList<Case> All { get; } =
    [
        new("analog_two_pulses_phase_jump", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(400, 1.0, 0.0, 0.0), "ryd")
            .Add(Pulse.Constant(400, 1.0, 0.0, Math.PI / 2), "ryd")
            .Build(), None),
        new("analog_two_pulses_same_phase", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(400, 1.0, 0.0, 0.5), "ryd")
            .Add(Pulse.Constant(400, 2.0, -1.0, 0.5), "ryd")
            .Build(), None),
        new("analog_odd_durations_clock", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(101, 1.0, 0.0, 0.0), "ryd")
            .Delay(33, "ryd")
            .Add(new Pulse(Waveform.Ramp(57, 0.0, 2.0), Waveform.Constant(57, 1.0), 0.0), "ryd")
            .Build(), None),
        new("analog_measure", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(200, 2.0, 1.0, 0.0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build(), None),
        new("analog_delay_variable", () =>
        {
            var t = Variable.Int("t");
            var omega = Variable.Float("omega");
            return Pair("AnalogDevice", t, omega)
                .Delay(t, "ryd")
                .Add(Pulse.Constant(300, omega, 0.0, 0.0), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["t"] = 120, ["omega"] = 3.5 }),
        new("analog_post_phase_shift", () => Pair("AnalogDevice")
            .Add(new Pulse(Waveform.Constant(200, 1.0), Waveform.Constant(200, 0.0), 0.0, postPhaseShift: 1.0), "ryd")
            .Add(Pulse.Constant(200, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("analog_phase_shift_global", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(200, 1.0, 0.0, 0.0), "ryd")
            .PhaseShift(0.7, Basis.GroundRydberg, "q0", "q1")
            .Add(Pulse.Constant(200, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("analog_constant_amplitude_min_avg", () => Pair("AnalogDevice")
            .Add(Pulse.ConstantAmplitude(2.0, Waveform.Ramp(400, -10.0, 10.0), 0.0), "ryd")
            .Build(), None),
        new("dig_protocols", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("g", Channels.RydbergGlobal)
            .Channel("l", Channels.RydbergLocal, "q0")
            .Channel("r", Channels.RamanLocal, "q1")
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "g")
            .Add(Pulse.Constant(60, 2.0, 0.0, 0.0), "r", Protocol.MinDelay)
            .Add(Pulse.Constant(40, 2.0, 1.0, 0.0), "l", Protocol.WaitForAll)
            .Add(Pulse.Constant(48, 1.0, 0.0, 0.0), "g", Protocol.NoDelay)
            .Add(Pulse.Constant(20, 1.5, 0.0, 0.3), "r", Protocol.NoDelay)
            .Build(), None),
        new("dig_align", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("g", Channels.RydbergGlobal)
            .Channel("r", Channels.RamanLocal, "q0")
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "r")
            .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "g")
            .Align("g", "r")
            .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "r")
            .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "g")
            .Measure(Basis.Digital)
            .Build(), None),
        new("dig_global_and_local", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(PairRegister(5.0))
            .Channel("g", Channels.RydbergGlobal)
            .Channel("r", Channels.RamanLocal, "q1")
            .Add(Pulse.Constant(100, 3.0, 0.0, 0.0), "g")
            .Add(Pulse.Constant(100, 5.0, 0.0, 0.0), "r")
            .PhaseShift(0.5, Basis.GroundRydberg, "q0", "q1")
            .Add(Pulse.Constant(100, 3.0, 1.0, 0.0), "g")
            .Build(), None),
        new("dsl_dig_retarget", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("l", Channels.RydbergLocal)
            .Target("l", "q0")
            .Add(Pulse.Constant(52, 2.0, 0.0, 0.0), "l")
            .Target("l", "q2")
            .Add(Pulse.Constant(52, 2.0, 0.0, 0.0), "l")
            .Target("l", "q3")
            .Add(Pulse.Constant(52, 1.0, 0.0, 0.0), "l")
            .Build(), None),
        new("wf_ramp_blackman", () => Pair("MockDevice")
            .Add(new Pulse(Waveform.Blackman(300, Math.PI), Waveform.Ramp(300, -10.0, 10.0), 0.0), "ryd")
            .Build(), None),
        new("wf_blackman_max", () =>
        {
            var area = Variable.Float("area");
            return Pair("MockDevice", area)
                .Add(Pulse.ConstantDetuning(Waveform.BlackmanMax(12.0, area), -1.0, 0.0), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["area"] = 1.5 * Math.PI }),
        new("wf_interpolated", () => Pair("MockDevice")
            .Add(new Pulse(Waveform.Interpolated(250, [0.0, 2.0, 3.0, 1.0, 0.0]), Waveform.Interpolated(250, [-5.0, 0.0, 5.0], [0.0, 0.3, 1.0]), 0.0), "ryd")
            .Build(), None),
        new("wf_composite", () => Pair("MockDevice")
            .Add(new Pulse(
                Waveform.Composite(Waveform.Ramp(50, 0.0, 3.0), Waveform.Constant(100, 3.0), Waveform.Ramp(50, 3.0, 0.0)),
                Waveform.Composite(Waveform.Constant(120, -2.0), Waveform.Ramp(80, -2.0, 4.0)),
                0.25), "ryd")
            .Build(), None),
        new("dsl_pulse_constructors", () => Pair("MockDevice")
            .Add(Pulse.Constant(50, 1.0, -1.0, 0.1), "ryd")
            .Add(Pulse.ConstantDetuning(Waveform.Ramp(50, 0.0, 2.0), 0.5, 0.2), "ryd")
            .Add(Pulse.ConstantAmplitude(1.5, Waveform.Ramp(50, -2.0, 2.0), 0.3), "ryd")
            .Build(), None),
        new("expr_unary_functions", () =>
        {
            var x = Variable.Float("x");
            var y = Variable.Float("y");
            return Pair("MockDevice", x, y)
                .Add(Pulse.Constant(20, Expr.Abs(-x), -y, Expr.Sin(x)), "ryd")
                .Add(Pulse.Constant(20, Expr.Ceiling(x), Expr.Floor(y), Expr.Cos(x)), "ryd")
                .Add(Pulse.Constant(20, Expr.Sqrt(x), Expr.Exp(y), Expr.Tan(x)), "ryd")
                .Add(Pulse.Constant(20, Expr.Log2(x), Expr.Log(x), Expr.Tanh(y)), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["x"] = 2.3, ["y"] = 0.4 }),
        new("dsl_expr_binary_operators", () =>
        {
            var a = Variable.Float("a");
            var b = Variable.Float("b");
            var n = Variable.Int("n");
            return Pair("MockDevice", a, b, n)
                .Add(Pulse.Constant((n * 10) + 4, a + b, b - a, a * b), "ryd")
                .Add(Pulse.Constant(n * 5, b / a, Expr.Pow(a, 2), (b * 7) % 3), "ryd")
                .Build();
        }, new Dictionary<string, double> { ["a"] = 1.25, ["b"] = 2.5, ["n"] = 9 }),
        new("dsl_reg_rectangle", () => Global("MockDevice", Register.Rectangle(2, 3, 5.0)), None),
        new("dsl_reg_triangular", () => Global("DigitalAnalogDevice", Register.TriangularLattice(2, 3, 5.0)), None),
        new("reg_from_coordinates", () => Global("AnalogDevice", Register.FromCoordinates([(0.0, 0.0), (7.5, 1.0), (-3.0, 6.5)], names: ["a", "b", "c"])), None),
        new("dsl_reg_3d", () => Global("MockDevice", Register.FromCoordinates(
            [(-2.5, -2.5, -2.5), (2.5, -2.5, -2.5), (-2.5, 2.5, -2.5), (2.5, 2.5, -2.5), (-2.5, -2.5, 2.5), (2.5, -2.5, 2.5), (-2.5, 2.5, 2.5), (2.5, 2.5, 2.5)])), None),
        new("mock_xy", () => new SequenceBuilder("MockDevice")
            .Register(PairRegister(8.0))
            .Channel("mw", Channels.Microwave)
            .Add(Pulse.Constant(80, 1.0, 0.5, 0.0), "mw")
            .Add(Pulse.Constant(80, 1.0, 0.0, Math.PI), "mw")
            .Measure(Basis.XY)
            .Build(), None),
        new("mock_local_initial_target", () => new SequenceBuilder("MockDevice")
            .Register(Square2(5.0))
            .Channel("l", Channels.RydbergLocal, "q0", "q3")
            .Channel("rg", Channels.RamanGlobal)
            .Add(Pulse.Constant(37, 1.0, 0.0, 0.0), "l")
            .Add(Pulse.Constant(23, 1.0, 0.0, 0.0), "rg")
            .Target("l", "q1")
            .Add(Pulse.Constant(11, 2.0, 0.5, 0.0), "l")
            .Build(), None),
        new("dsl_fresnel_pulse", () => Pair("Fresnel")
            .Add(Pulse.Constant(400, 2.0, -1.0, 0.0), "ryd")
            .Add(Pulse.Constant(400, 2.0, 1.0, Math.PI / 2), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build(), None),
        new("eom_basic", () => Pair("AnalogDevice")
            .EnableEomMode("ryd", ampOn: 3.0, detuningOn: 0.0, optimalDetuningOff: -1.5000000000000002)
            .AddEomPulse("ryd", 100, phase: 0.0)
            .Delay(200, "ryd")
            .AddEomPulse("ryd", 60, phase: Math.PI / 2)
            .DisableEomMode("ryd")
            .Build(), None),
        new("eom_phase_drift", () => Pair("AnalogDevice")
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .EnableEomMode("ryd", ampOn: 2.0, detuningOn: 1.0, optimalDetuningOff: 0.0, correctPhaseDrift: true)
            .AddEomPulse("ryd", 80, phase: 0.0, correctPhaseDrift: true)
            .ModifyEomSetpoint("ryd", ampOn: 3.0, detuningOn: 0.0, optimalDetuningOff: -1.5000000000000002, correctPhaseDrift: true)
            .AddEomPulse("ryd", 80, phase: 0.0, postPhaseShift: 0.2, protocol: Protocol.WaitForAll)
            .DisableEomMode("ryd", correctPhaseDrift: true)
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("eom_variables", () =>
        {
            var a = Variable.Float("a");
            var t = Variable.Int("t");
            return Pair("AnalogDevice", a, t)
                .EnableEomMode("ryd", ampOn: a, detuningOn: -1.0)
                .AddEomPulse("ryd", t)
                .DisableEomMode("ryd")
                .Measure(Basis.GroundRydberg)
                .Build();
        }, new Dictionary<string, double> { ["a"] = 4.0, ["t"] = 121 }),
        new("dsl_fresnel_eom", () => Pair("Fresnel")
            .Add(Pulse.Constant(200, 2.0, 0.0, 0.0), "ryd")
            .EnableEomMode("ryd", ampOn: 5.0, detuningOn: 2.0, optimalDetuningOff: -3.0, correctPhaseDrift: true)
            .AddEomPulse("ryd", 120, phase: 0.0, correctPhaseDrift: true)
            .Delay(300, "ryd")
            .AddEomPulse("ryd", 120, phase: Math.PI, correctPhaseDrift: true)
            .DisableEomMode("ryd", correctPhaseDrift: true)
            .Measure(Basis.GroundRydberg)
            .Build(), None),
        new("dmm_detuning_map", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("ryd", Channels.RydbergGlobal)
            .ConfigDetuningMap("dmm_0", new WeightedTrap(-2.5, -2.5, 1.0), new WeightedTrap(-2.5, 2.5, 0.0), new WeightedTrap(2.5, -2.5, 0.5), new WeightedTrap(2.5, 2.5, 0.25))
            .AddDmmDetuning(Waveform.Ramp(200, 0.0, -10.0), "dmm_0", Protocol.NoDelay)
            .Add(Pulse.Constant(200, 2.0, 0.0, 0.0), "ryd", Protocol.NoDelay)
            .Build(), None),
        new("dmm_weighted_analog", () => Pair("WeightedAnalogDevice")
            .ConfigDetuningMap("dmm_0", new Dictionary<string, double> { ["q0"] = 1.0, ["q1"] = 0.3 })
            .Add(Pulse.Constant(200, 2.5, 0.0, 0.0), "ryd")
            .AddDmmDetuning(Waveform.Constant(200, -8.0), "dmm_0", Protocol.WaitForAll)
            .Build(), None),
        new("slm_mask_ising", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("ryd", Channels.RydbergGlobal)
            .SlmMask(["q1"])
            .Add(Pulse.Constant(200, 2.0, 0.0, 0.0), "ryd")
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("slm_mask_after_pulses", () => new SequenceBuilder("MockDevice")
            .Register(Square2(5.0))
            .Channel("a_ryd", Channels.RydbergGlobal)
            .Channel("b_ram", Channels.RamanGlobal)
            .Add(Pulse.Constant(200, 2.0, 0.0, 0.0), "a_ryd")
            .Add(Pulse.Constant(100, 3.0, 0.0, 0.0), "b_ram", Protocol.NoDelay)
            .SlmMask(["q1", "q3"])
            .Add(Pulse.Constant(100, 1.0, -1.0, 0.0), "a_ryd")
            .Build(), None),
        new("slm_mask_after_pulses_bottom", () => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Square2(5.0))
            .Channel("ryd", Channels.RydbergGlobal)
            .Delay(100, "ryd")
            .Add(Pulse.Constant(202, 15.0, 0.0, 0.0), "ryd")
            .SlmMask(["q0"])
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build(), None),
        new("slm_mask_xy_after_pulses", () => new SequenceBuilder("MockDevice")
            .Register(Square2(8.0))
            .Channel("mw", Channels.Microwave)
            .Delay(100, "mw")
            .Add(Pulse.Constant(60, 1.0, 0.5, 0.0), "mw")
            .SlmMask(["q1"])
            .Add(Pulse.Constant(80, 2.0, 0.0, 1.0), "mw")
            .Build(), None),
        new("dsl_fresnel_constant_amplitude", () => Pair("Fresnel")
            .Add(Pulse.ConstantAmplitude(2.0, Waveform.Ramp(400, -10.0, 10.0), 0.0), "ryd")
            .Build(), None),
        .. PulserDslFeatureCases.All,
    ];

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static Case Get(string name) => All.Single(c => c.Name == name);

    /// <summary>Pulser's <c>Register({"q0": (0, 0), "q1": (d, 0)})</c>.</summary>
    internal static Register PairRegister(double d) => Register.FromCoordinates((0.0, 0.0), (d, 0.0));

    /// <summary>Pulser's <c>Register.square(2, spacing, prefix="q")</c>.</summary>
    private static Register Square2(double spacing) => Register.FromCoordinates(
        [(-spacing / 2, -spacing / 2), (spacing / 2, -spacing / 2), (-spacing / 2, spacing / 2), (spacing / 2, spacing / 2)]);

    internal static SequenceBuilder Pair(string device, params Variable[] variables)
    {
        var builder = new SequenceBuilder(device);
        foreach (var v in variables)
        {
            builder.DeclareVariable(v);
        }

        return builder.Register(PairRegister(6.0)).Channel("ryd", Channels.RydbergGlobal);
    }

    internal static AnalogSequence Global(string device, Register register) => new SequenceBuilder(device)
        .Register(register)
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "ryd")
        .Build();
}
