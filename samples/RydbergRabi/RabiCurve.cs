namespace RydbergRabi;

/// <summary>The analytic Rabi curve (the measured one is <c>PasqalJobResult.ExcitedFraction()</c>).</summary>
public static class RabiCurve
{
    /// <summary>
    /// P(r) after a resonant-or-detuned square pulse of duration <paramref name="durationNs"/>:
    /// Ω²/Ω_eff² · sin²(Ω_eff t / 2), with Ω_eff = √(Ω² + Δ²) (Ω, Δ in rad/µs).
    /// </summary>
    public static double Probability(double omega, double detuning, double durationNs)
    {
        var effective = Math.Sqrt((omega * omega) + (detuning * detuning));
        var s = Math.Sin(effective * durationNs * 1e-3 / 2);
        return effective == 0 ? 0 : omega * omega / (effective * effective) * s * s;
    }
}
