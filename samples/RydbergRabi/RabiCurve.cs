using QuantumDsl.Client.Pasqal;

namespace RydbergRabi;

/// <summary>The analytic curve and the measured Rydberg probability.</summary>
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

    /// <summary>
    /// The measured P(r): the fraction of '1's over every atom of every shot (bitstrings hold one character per atom,
    /// '1' for the Rydberg state).
    /// </summary>
    public static double Measured(PasqalJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        long ones = 0, total = 0;
        foreach (var (bits, count) in result.Counter)
        {
            ones += (long)bits.Count(c => c == '1') * count;
            total += (long)bits.Length * count;
        }

        return total == 0 ? 0 : (double)ones / total;
    }
}
