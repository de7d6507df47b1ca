using System.Numerics;

namespace BlockadeScan;

/// <summary>
/// The exact dynamics of two atoms under a resonant global drive, for the plot: H = Ω/2 (σx₁ + σx₂) + V n₁n₂ with
/// V = C6/R⁶, from |gg⟩. The state stays in {|gg⟩, (|gr⟩+|rg⟩)/√2, |rr⟩} where H = [[0, a, 0], [a, 0, a], [0, a, V]],
/// a = Ω/√2; integrated by fourth-order Runge–Kutta with a step 1000× finer than the fastest frequency.
/// </summary>
public static class BlockadeCurve
{
    /// <summary>P(rr) after <paramref name="durationUs"/> µs (Ω in rad/µs, C6 in rad·µm⁶/µs, R in µm).</summary>
    public static double BothExcited(double omega, double c6, double distanceUm, double durationUs)
    {
        var v = c6 / Math.Pow(distanceUm, 6);
        var a = omega / Math.Sqrt(2);
        var steps = (int)Math.Ceiling(durationUs * Math.Max(Math.Max(omega, v), 1) * 1000);
        var h = durationUs / steps;
        Complex[] psi = [1, 0, 0];
        for (var s = 0; s < steps; s++)
        {
            var k1 = Derivative(psi, a, v);
            var k2 = Derivative(Step(psi, k1, h / 2), a, v);
            var k3 = Derivative(Step(psi, k2, h / 2), a, v);
            var k4 = Derivative(Step(psi, k3, h), a, v);
            for (var i = 0; i < 3; i++)
            {
                psi[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return psi[2].Magnitude * psi[2].Magnitude;
    }

    /// <summary>The blockade radius (C6/Ω)^(1/6) in µm: where the interaction equals the Rabi frequency.</summary>
    public static double RadiusUm(double omega, double c6) => Math.Pow(c6 / omega, 1.0 / 6);

    private static Complex[] Derivative(Complex[] psi, double a, double v) =>
    [
        -Complex.ImaginaryOne * (a * psi[1]),
        -Complex.ImaginaryOne * (a * (psi[0] + psi[2])),
        -Complex.ImaginaryOne * ((a * psi[1]) + (v * psi[2])),
    ];

    private static Complex[] Step(Complex[] psi, Complex[] k, double h) => [psi[0] + (h * k[0]), psi[1] + (h * k[1]), psi[2] + (h * k[2])];
}
