using static QuantumDsl.Simulation.Tests.Rydberg.Seq;
using Segment = QuantumDsl.Simulation.Tests.Rydberg.DenseReference.Segment;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>The engine against the dense-matrix reference on small registers with detuning, phase and interaction.</summary>
public class DenseReferenceTests
{
    private const double MockC6 = 5420158.53;
    private const double AnalogC6 = 865723.02;

    private static double[] Fill(int n, double value) => Enumerable.Repeat(value, n).ToArray();

    private static void AssertClose(double[] expected, double[] actual, double tolerance = 1e-6)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst < tolerance, $"max |ΔP| = {worst:E3}");
    }

    [Fact]
    public void ThreeAtomsWithPhasesDetuningsAndPostPhaseShifts()
    {
        double[][] positions = [[0, 0, 0], [6, 0, 0], [3, 5, 0]];
        var reg = Register((0, 0), (6, 0), (3, 5));
        var ops = string.Join(",",
            Pulse(Constant(300, 7.0), Constant(300, 3.0), phase: 0.4, postPhaseShift: 1.1),
            Pulse(Constant(450, 5.0), Constant(450, -6.0), phase: 2.0),
            Pulse(Constant(200, 9.0), Constant(200, 1.5), phase: -0.7));
        var actual = Probabilities(Sequence(reg, ops));
        var expected = DenseReference.Probabilities(positions, MockC6,
        [
            new Segment(0.300, Fill(3, 7.0), Fill(3, 3.0), Fill(3, 0.4)),
            new Segment(0.450, Fill(3, 5.0), Fill(3, -6.0), Fill(3, 2.0 + 1.1)),
            new Segment(0.200, Fill(3, 9.0), Fill(3, 1.5), Fill(3, -0.7 + 1.1)),
        ]);
        AssertClose(expected, actual);
    }

    [Fact]
    public void FourAtomsOnAnalogDeviceWithAPhaseShiftOp()
    {
        double[][] positions = [[0, 0, 0], [5.5, 0, 0], [0, 6, 0], [5.5, 6, 0]];
        var reg = Register((0, 0), (5.5, 0), (0, 6), (5.5, 6));
        var ops = string.Join(",",
            Pulse(Constant(400, 12.0), Constant(400, 20.0)),
            "{\"op\":\"phase_shift\",\"basis\":\"ground-rydberg\",\"targets\":[0,1,2,3],\"phi\":0.9}",
            Pulse(Constant(600, 10.0), Constant(600, -15.0), phase: 0.3));
        var actual = Probabilities(Sequence(reg, ops, device: "\"AnalogDevice\""));
        var expected = DenseReference.Probabilities(positions, AnalogC6,
        [
            new Segment(0.400, Fill(4, 12.0), Fill(4, 20.0), Fill(4, 0)),
            new Segment(0.340, Fill(4, 0), Fill(4, 0), Fill(4, 0)), // Pulser's phase-jump buffer: 170 ns + the 170 ns fall
            new Segment(0.600, Fill(4, 10.0), Fill(4, -15.0), Fill(4, 1.2)),
        ]);
        AssertClose(expected, actual);
    }

    [Fact]
    public void LocalChannelAddressesOnlyItsTargetAndWaitsForTheGlobalPulse()
    {
        double[][] positions = [[0, 0, 0], [7, 0, 0], [14, 0, 0]];
        var reg = Register((0, 0), (7, 0), (14, 0));
        var channels = "{\"ryd\":\"rydberg_global\",\"loc\":\"rydberg_local\"}";
        var ops = string.Join(",",
            "{\"op\":\"target\",\"channel\":\"loc\",\"target\":1}",
            Pulse(Constant(300, 6.0), Constant(300, 2.0)),
            Pulse(Constant(250, 15.0), Constant(250, -4.0), phase: 1.0, channel: "loc"));
        var actual = Probabilities(Sequence(reg, ops, channels: channels));
        var expected = DenseReference.Probabilities(positions, MockC6,
        [
            new Segment(0.300, Fill(3, 6.0), Fill(3, 2.0), Fill(3, 0)),
            new Segment(0.250, [0, 15.0, 0], [0, -4.0, 0], [0, 1.0, 0]),
        ]);
        AssertClose(expected, actual);
    }

    [Fact]
    public void RampsSampledPerNanosecondMatchThePiecewiseConstantReference()
    {
        // MockDevice's 1 ns clock: the engine's steps are exactly Pulser's per-ns samples (linspace start..stop).
        double[][] positions = [[0, 0, 0], [5, 0, 0]];
        const int duration = 120;
        var (a0, a1, d0, d1) = (2.0, 14.0, -10.0, 8.0);
        var actual = Probabilities(Sequence(Register((0, 0), (5, 0)), Pulse(Ramp(duration, a0, a1), Ramp(duration, d0, d1), phase: 0.5)));
        var segments = Enumerable.Range(0, duration).Select(k => new Segment(1e-3,
            Fill(2, a0 + (a1 - a0) * k / (duration - 1)), Fill(2, d0 + (d1 - d0) * k / (duration - 1)), Fill(2, 0.5)));
        AssertClose(DenseReference.Probabilities(positions, MockC6, segments), actual);
    }

    [Fact]
    public void FiveAtomsStronglyInteractingWithDelayAndMixedProtocols()
    {
        double[][] positions = [[0, 0, 0], [4.5, 0, 0], [9, 0, 0], [0, 4.5, 0], [4.5, 4.5, 0]];
        var reg = Register((0, 0), (4.5, 0), (9, 0), (0, 4.5), (4.5, 4.5));
        var ops = string.Join(",",
            Pulse(Constant(200, 11.0), Constant(200, 25.0)),
            "{\"op\":\"delay\",\"channel\":\"ryd\",\"time\":150}",
            Pulse(Constant(350, 8.0), Constant(350, -30.0), phase: 2.5, protocol: "no-delay"));
        var actual = Probabilities(Sequence(reg, ops));
        var expected = DenseReference.Probabilities(positions, MockC6,
        [
            new Segment(0.200, Fill(5, 11.0), Fill(5, 25.0), Fill(5, 0)),
            new Segment(0.150, Fill(5, 0), Fill(5, 0), Fill(5, 0)),
            new Segment(0.350, Fill(5, 8.0), Fill(5, -30.0), Fill(5, 2.5)),
        ]);
        AssertClose(expected, actual);
    }

    [Fact]
    public void StepNsOfOneSamplesAClockedDevicePerNanosecond()
    {
        // AnalogDevice's 4 ns clock averages the ramp per step by default; StepNs = 1 follows every per-ns sample.
        double[][] positions = [[0, 0, 0], [6, 0, 0]];
        const int duration = 200;
        var json = Sequence(Register((0, 0), (6, 0)), Pulse(Ramp(duration, 1.0, 12.0), Ramp(duration, -20.0, 20.0)), device: "\"AnalogDevice\"");
        var perNs = Probabilities(json, options: new QuantumDsl.Simulation.Rydberg.RydbergOptions { StepNs = 1 });
        var segments = Enumerable.Range(0, duration).Select(k => new Segment(1e-3,
            Fill(2, 1.0 + 11.0 * k / (duration - 1)), Fill(2, -20.0 + 40.0 * k / (duration - 1)), Fill(2, 0)));
        var reference = DenseReference.Probabilities(positions, AnalogC6, segments);
        AssertClose(reference, perNs);
        AssertClose(reference, Probabilities(json), 1e-3); // clock-step averaging: a small, O(dt²) difference
    }
}
