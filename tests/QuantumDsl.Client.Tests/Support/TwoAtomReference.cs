using System.Numerics;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>
/// The exact dynamics of two atoms under a resonant global drive, as the test's own reference (independent of the
/// emulator's solver): H = Ω/2 (σx₁ + σx₂) + V n₁n₂ with V = C6/R⁶, from |gg⟩. The state stays in the symmetric
/// subspace {|gg⟩, (|gr⟩+|rg⟩)/√2, |rr⟩}, where H = [[0, a, 0], [a, 0, a], [0, a, V]] with a = Ω/√2; integrated with
/// fourth-order Runge–Kutta on a step 1000× finer than the dynamics (error ≪ 1e-6).
/// </summary>
internal static class TwoAtomReference
{
    /// <summary>(P(rr), P(gr)+P(rg)) after <paramref name="durationUs"/> µs; Ω and C6 in rad/µs and rad·µm⁶/µs.</summary>
    public static (double BothExcited, double OneExcited) Probabilities(double omega, double c6, double distanceUm, double durationUs)
    {
        var v = c6 / Math.Pow(distanceUm, 6);
        var a = omega / Math.Sqrt(2);
        var steps = (int)Math.Ceiling(durationUs * Math.Max(Math.Max(omega, v), 1) * 1000);
        var h = durationUs / steps;
        Complex[] psi = [1, 0, 0];
        for (var s = 0; s < steps; s++)
        {
            var k1 = Derivative(psi, a, v);
            var k2 = Derivative(Add(psi, k1, h / 2), a, v);
            var k3 = Derivative(Add(psi, k2, h / 2), a, v);
            var k4 = Derivative(Add(psi, k3, h), a, v);
            for (var i = 0; i < 3; i++)
            {
                psi[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return (psi[2].Magnitude * psi[2].Magnitude, psi[1].Magnitude * psi[1].Magnitude);
    }

    // dψ/dt = −i H ψ
    private static Complex[] Derivative(Complex[] psi, double a, double v) =>
    [
        -Complex.ImaginaryOne * (a * psi[1]),
        -Complex.ImaginaryOne * (a * (psi[0] + psi[2])),
        -Complex.ImaginaryOne * ((a * psi[1]) + (v * psi[2])),
    ];

    private static Complex[] Add(Complex[] psi, Complex[] k, double h) => [psi[0] + (h * k[0]), psi[1] + (h * k[1]), psi[2] + (h * k[2])];
}
