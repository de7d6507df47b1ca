using static QuantumDsl.Simulation.Tests.Rydberg.Seq;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>Analytic limits: Rabi oscillation, Rydberg blockade, adiabatic preparation of the antiferromagnet.</summary>
public class RydbergPhysicsTests
{
    private const double MockC6 = 5420158.53;

    [Theory]
    [InlineData(100)]
    [InlineData(250)]
    [InlineData(500)]
    [InlineData(777)]
    [InlineData(2000)]
    public void SingleAtomRabiOscillationFollowsSinSquared(int durationNs)
    {
        var omega = 2 * Math.PI * 1.3;
        var p = Probabilities(Sequence(Register((0, 0)), Pulse(Constant(durationNs, omega), Constant(durationNs, 0))));
        var expected = Math.Pow(Math.Sin(omega * durationNs * 1e-3 / 2), 2);
        Assert.Equal(expected, p[1], 1e-6);
        Assert.Equal(1 - expected, p[0], 1e-6);
    }

    [Fact]
    public void DetunedRabiOscillationMatchesTheGeneralisedRabiFormula()
    {
        var (omega, delta, t) = (2 * Math.PI, 2 * Math.PI * 0.7, 0.9);
        var p = Probabilities(Sequence(Register((0, 0)), Pulse(Constant(900, omega), Constant(900, delta))));
        var w = Math.Sqrt(omega * omega + delta * delta);
        Assert.Equal(omega * omega / (w * w) * Math.Pow(Math.Sin(w * t / 2), 2), p[1], 1e-6);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(354)]
    [InlineData(600)]
    [InlineData(1100)]
    public void BlockadedPairNeverDoublyExcitedAndOscillatesAtSqrtTwoOmega(int durationNs)
    {
        // R = 4 µm: C6/R⁶ ≈ 1323 rad/µs ≫ Ω = 2π rad/µs.
        var omega = 2 * Math.PI;
        var p = Probabilities(Sequence(Register((0, 0), (4, 0)), Pulse(Constant(durationNs, omega), Constant(durationNs, 0))));
        Assert.True(p[3] < 1e-3, $"P(11) = {p[3]}");
        var single = p[1] + p[2];
        Assert.Equal(Math.Pow(Math.Sin(Math.Sqrt(2) * omega * durationNs * 1e-3 / 2), 2), single, 2e-3);
        Assert.Equal(p[1], p[2], 1e-9); // symmetric W state
    }

    [Fact]
    public void AdiabaticSweepOnAChainPreparesTheAntiferromagnet()
    {
        // 5 atoms, 9 µm apart: V_nn = C6/9⁶ ≈ 10.2 rad/µs; sweep δ from −2π·2 to +2π·1 MHz under Ω = 2π·1 MHz.
        var (omega, d0, d1) = (2 * Math.PI, -2 * Math.PI * 2, 2 * Math.PI * 1);
        var amplitude = Composite(Ramp(500, 0, omega), Constant(2500, omega), Ramp(500, omega, 0));
        var detuning = Composite(Constant(500, d0), Ramp(2500, d0, d1), Constant(500, d1));
        var p = Probabilities(Sequence(Chain(5, 9), Pulse(amplitude, detuning)));
        var best = Array.IndexOf(p, p.Max());
        Assert.Equal("10101", Convert.ToString(best, 2).PadLeft(5, '0'));
        Assert.True(p[best] > 0.5, $"P(10101) = {p[best]}");
    }

    [Fact]
    public void ArbitraryPhaseRampActsAsADetuning()
    {
        // Pulser: δ = −dφ/dt. A phase ramp of −2 rad over 0.8 µs is a detuning of +2.5 rad/µs.
        var omega = 2 * Math.PI;
        var op = "{\"op\":\"pulse_arbitrary_phase\",\"channel\":\"ryd\",\"protocol\":\"min-delay\","
            + $"\"amplitude\":{Constant(801, omega)},\"phase\":{Ramp(801, 0, -2.0)},\"post_phase_shift\":0}}";
        var p = Probabilities(Sequence(Register((0, 0)), op));
        var delta = 2.0 / 0.8;
        var w = Math.Sqrt(omega * omega + delta * delta);
        Assert.Equal(omega * omega / (w * w) * Math.Pow(Math.Sin(w * 0.801 / 2), 2), p[1], 1e-6);
    }
}
