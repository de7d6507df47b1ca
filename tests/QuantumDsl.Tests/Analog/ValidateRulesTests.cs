using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>Rules checked by <see cref="AnalogSequence.Validate"/> once variables are bound; each passing and failing.</summary>
public sealed class ValidateRulesTests
{
    private static readonly Variable T = Variable.Int("t");
    private static readonly Variable Omega = Variable.Float("omega");
    private static readonly Variable Delta = Variable.Float("delta");

    private static AnalogSequence Sequence(string device, Func<SequenceBuilder, SequenceBuilder> define) =>
        define(new SequenceBuilder(device).DeclareVariable(T).DeclareVariable(Omega).DeclareVariable(Delta)
            .Register(Register.Line(2, 6)).Channel("ryd", Channels.RydbergGlobal)).Build();

    private static readonly AnalogSequence Constant =
        Sequence("AnalogDevice", b => b.Add(Pulse.Constant(T, Omega, Delta), "ryd"));

    private static IReadOnlyList<string> Check(AnalogSequence sequence, double t, double omega, double delta, int runs = 100) =>
        sequence.Validate(new Dictionary<string, double> { ["t"] = t, ["omega"] = omega, ["delta"] = delta }, runs).Select(v => v.Message).ToList();

    [Fact]
    public void A_point_within_every_limit_has_no_violation()
    {
        Assert.Empty(Check(Constant, 1000, 12.566370614359172, -125.66370614359172, runs: 2000));
    }

    [Fact]
    public void Amplitude_is_at_most_max_amp_and_not_negative()
    {
        Assert.Equal(["operations[0].amplitude: 15 exceeds the maximum 12.566370614359172 (AnalogDevice rydberg_global max_amp)"], Check(Constant, 1000, 15, 0));
        Assert.Equal(["operations[0].amplitude: -1 is below the minimum 0 (amplitudes are non-negative)"], Check(Constant, 1000, -1, 0));
    }

    [Fact]
    public void Detuning_magnitude_is_at_most_max_abs_detuning()
    {
        Assert.Equal(["operations[0].detuning: 130 exceeds the maximum 125.66370614359172 (AnalogDevice rydberg_global max_abs_detuning)"], Check(Constant, 1000, 1, 130));
        Assert.Equal(["operations[0].detuning: -130 is below the minimum -125.66370614359172 (AnalogDevice rydberg_global max_abs_detuning)"], Check(Constant, 1000, 1, -130));
    }

    [Fact]
    public void Waveform_extremes_are_checked_not_just_constants()
    {
        var ramp = Sequence("AnalogDevice", b => b.Add(new Pulse(Waveform.Ramp(T, 0, Omega), Waveform.Ramp(T, Delta, 0)), "ryd"));
        Assert.Empty(Check(ramp, 1000, 12, -100));
        Assert.Equal(2, Check(ramp, 1000, 13, -126).Count);

        // A Blackman of area π over 100 ns peaks at π·1000·w(50)/(0.42·99) ≈ 75.52 rad/µs (w(50) ≈ 0.99959).
        var blackman = Sequence("AnalogDevice", b => b.Add(Pulse.ConstantDetuning(Waveform.Blackman(T, Math.PI), 0), "ryd"));
        Assert.Empty(Check(blackman, 1000, 0, 0));
        Assert.StartsWith("operations[0].amplitude: 75.52", Assert.Single(Check(blackman, 100, 0, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Blackman_max_needs_a_peak_of_the_area_sign()
    {
        var shaped = Sequence("MockDevice", b => b.Add(Pulse.ConstantDetuning(Waveform.BlackmanMax(Omega, Math.PI), 0), "ryd"));
        Assert.Empty(Check(shaped, 0, 5, 0));
        Assert.Equal(["operations[0].amplitude.max_val: -5 and the area 3.141592653589793 must have matching signs"], Check(shaped, 0, -5, 0));
    }

    [Fact]
    public void Durations_respect_min_max_and_the_clock()
    {
        Assert.Equal(["operations[0].amplitude.duration: 12 is below the minimum 16 (AnalogDevice rydberg_global min_duration)"], Check(Constant, 12, 1, 0));
        Assert.Empty(Check(Constant, 1002, 1, 0)); // Pulser rounds it up to the clock period
        Assert.Equal(1004, Constant.DurationNs(new Dictionary<string, double> { ["t"] = 1002, ["omega"] = 1, ["delta"] = 0 }));
        var digital = Sequence("DigitalAnalogDevice", b => b.Add(Pulse.Constant(T, Omega, Delta), "ryd"));
        Assert.Empty(Check(digital, 67_108_864, 1, 0));
        Assert.Equal(["operations[0].amplitude.duration: 67108868 exceeds the maximum 67108864 (DigitalAnalogDevice rydberg_global max_duration)"], Check(digital, 67_108_868, 1, 0));
    }

    [Fact]
    public void Delays_follow_the_channel_duration_rules()
    {
        var delayed = Sequence("MockDevice", b => b.Delay(T, "ryd"));
        Assert.Empty(Check(delayed, 1, 0, 0));
        var analog = Sequence("AnalogDevice", b => b.Delay(T, "ryd"));
        Assert.Empty(Check(analog, 16, 0, 0));
        Assert.Equal(["operations[0].time: 8 is below the minimum 16 (AnalogDevice rydberg_global min_duration)"], Check(analog, 8, 0, 0));

        // Pulser truncates a duration to whole ns (int(17.5) = 17), then rounds it up to the clock period.
        var scaled = Sequence("AnalogDevice", b => b.Delay(Omega * 10, "ryd"));
        Assert.Empty(Check(scaled, 0, 1.6, 0));
        Assert.Empty(Check(scaled, 0, 1.75, 0));
        Assert.Equal(20, scaled.DurationNs(new Dictionary<string, double> { ["t"] = 0, ["omega"] = 1.75, ["delta"] = 0 }));
    }

    [Fact]
    public void Both_waveforms_of_a_pulse_last_equally_long()
    {
        var mismatched = Sequence("MockDevice", b => b.Add(new Pulse(Waveform.Constant(T, 1), Waveform.Constant(100, 0)), "ryd"));
        Assert.Empty(Check(mismatched, 100, 0, 0));
        Assert.Equal(["operations[0].detuning: 100 ns differs from the amplitude's duration 120 ns: the durations of detuning and amplitude waveforms must match"], Check(mismatched, 120, 0, 0));
    }

    [Fact]
    public void Composite_parts_have_positive_durations()
    {
        var composite = Sequence("MockDevice", b => b.Add(Pulse.ConstantDetuning(Waveform.Composite(Waveform.Ramp(10, 0, 1), Waveform.Constant(T, 1)), 0), "ryd"));
        Assert.Empty(Check(composite, 10, 0, 0));
        Assert.Contains("operations[0].amplitude.waveforms[1].duration: 0 is not a positive duration: a waveform must last at least 1 ns", Check(composite, 0, 0, 0));
    }

    [Fact]
    public void The_whole_sequence_fits_max_sequence_duration()
    {
        var twoPulses = Sequence("AnalogDevice", b => b.Add(Pulse.Constant(T, 1, 0), "ryd").Add(Pulse.Constant(T, 1, 0), "ryd"));
        Assert.Empty(Check(twoPulses, 3000, 0, 0));
        Assert.Equal(["operations[1].duration: 6400 exceeds the maximum 6000 (AnalogDevice max_sequence_duration)"], Check(twoPulses, 3200, 0, 0));
    }

    [Fact]
    public void Runs_are_between_1_and_max_runs()
    {
        Assert.Empty(Check(Constant, 1000, 1, 0, runs: 1));
        Assert.Equal(["runs: 2001 exceeds the maximum 2000 (AnalogDevice max_runs)"], Check(Constant, 1000, 1, 0, runs: 2001));
        Assert.Equal(["runs: 0 is below the minimum 1 (AnalogDevice max_runs)"], Check(Constant, 1000, 1, 0, runs: 0));
    }

    [Fact]
    public void Min_average_amplitude_applies_to_non_zero_pulses()
    {
        var fresnel = Sequence("Fresnel", b => b.Add(Pulse.Constant(T, Omega, 0), "ryd"));
        Assert.Empty(Check(fresnel, 1000, 0, 0));
        Assert.Empty(Check(fresnel, 1000, 0.6, 0));
        var low = Assert.Single(Check(fresnel, 1000, 0.3, 0));
        Assert.StartsWith("operations[0].amplitude: 0.", low, StringComparison.Ordinal);
        Assert.EndsWith("is below the minimum 0.5654866776461628 (Fresnel rydberg_global min_avg_amp: average amplitude)", low, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declared_variable_needs_a_value_and_unknown_ones_are_reported()
    {
        var violations = Constant.Validate(new Dictionary<string, double> { ["t"] = 1000, ["omgea"] = 3 }, 100).Select(v => v.Message).ToList();
        Assert.Equal(
            ["variables.omega: missing has no value: every declared variable needs one",
             "variables.delta: missing has no value: every declared variable needs one",
             "variables.omgea: 3 is not a variable of this sequence; declared: t, omega, delta"],
            violations);
    }

    [Fact]
    public void Int_variables_take_integers_and_values_are_finite()
    {
        Assert.Equal(["variables.t: 1000.5 is not an integer (int variable)"], Check(Constant, 1000.5, 1, 0));
        Assert.Contains("variables.omega: NaN is not a finite number", Check(Constant, 1000, double.NaN, 0));
    }

    [Fact]
    public void Expressions_are_checked_after_binding()
    {
        var doubled = Sequence("AnalogDevice", b => b.Add(Pulse.Constant(T * 4, Omega * 2, 0), "ryd"));
        Assert.Empty(Check(doubled, 250, 6, 0));
        Assert.Equal(["operations[0].amplitude: 14 exceeds the maximum 12.566370614359172 (AnalogDevice rydberg_global max_amp)"], Check(doubled, 250, 7, 0));
        var nan = Sequence("MockDevice", b => b.Add(Pulse.Constant(100, Expr.Sqrt(Omega), 0), "ryd"));
        Assert.Contains("NaN", Assert.Single(Check(nan, 0, -1, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_violations_of_one_point_are_all_reported()
    {
        Assert.Equal(3, Check(Constant, 1002, 20, 200, runs: 0).Count);
    }

    [Fact]
    public void Protocols_schedule_the_sequence_duration()
    {
        var mock = () => new SequenceBuilder("MockDevice").Register(Register.Line(2, 6))
            .Channel("a", Channels.RydbergGlobal).Channel("b", Channels.RamanGlobal);
        var none = new Dictionary<string, double>();
        Assert.Equal(100, mock().Add(Pulse.Constant(100, 1, 0), "a").Add(Pulse.Constant(50, 1, 0), "b", Protocol.NoDelay).Build().DurationNs(none));
        Assert.Equal(150, mock().Add(Pulse.Constant(100, 1, 0), "a").Add(Pulse.Constant(50, 1, 0), "b", Protocol.MinDelay).Build().DurationNs(none));
        Assert.Equal(150, mock().Add(Pulse.Constant(100, 1, 0), "a").Add(Pulse.Constant(50, 1, 0), "b", Protocol.WaitForAll).Build().DurationNs(none));
        Assert.Equal(100, mock().Delay(100, "a").Add(Pulse.Constant(50, 1, 0), "b", Protocol.WaitForAll).Build().DurationNs(none)); // delays hold no pulse back
        var local = new SequenceBuilder("MockDevice").Register(Register.Line(2, 6))
            .Channel("l0", Channels.RydbergLocal, "q0").Channel("l1", Channels.RamanLocal, "q1").Channel("l2", Channels.RamanGlobal);
        Assert.Equal(100, local.Add(Pulse.Constant(100, 1, 0), "l0").Add(Pulse.Constant(60, 1, 0), "l1").Build().DurationNs(none)); // other atoms: no wait
        Assert.Equal(130, mock().Delay(80, "a").Add(Pulse.Constant(50, 1, 0), "b", Protocol.NoDelay).Align("a", "b").Add(Pulse.Constant(50, 1, 0), "a", Protocol.NoDelay).Build().DurationNs(none));
    }

    [Fact]
    public void A_retarget_waits_for_the_minimum_retarget_interval()
    {
        var none = new Dictionary<string, double>();
        var local = () => new SequenceBuilder("DigitalAnalogDevice").Register(Register.Line(2, 5))
            .Channel("r", Channels.RydbergLocal, "q0").Add(Pulse.Constant(100, 1, 0), "r");

        // The first target ends at 0; 100 ns later a retarget waits the remaining 120 ns of the 220 ns interval: 100 + 120 + 100.
        Assert.Equal(320, local().Target("r", "q1").Add(Pulse.Constant(100, 1, 0), "r").Build().DurationNs(none));
        Assert.Equal(200, local().Target("r", "q0").Add(Pulse.Constant(100, 1, 0), "r").Build().DurationNs(none));
    }
}
