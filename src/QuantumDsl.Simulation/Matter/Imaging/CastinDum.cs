namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// Castin–Dum scaling of a Thomas–Fermi condensate released from a harmonic trap (PRL 77, 5315 (1996)):
/// R_i(t) = λ_i(t)·R_i(0) with λ̈_i = ω_i²/(λ_i·λ_xλ_yλ_z), λ_i(0) = 1, λ̇_i(0) = 0, integrated with RK4.
/// </summary>
public static class CastinDum
{
    /// <summary>(λ_axial, λ_radial) after <paramref name="timeMs"/> of free expansion from a trap of <paramref name="axialHz"/> × <paramref name="radialHz"/>.</summary>
    public static (double Axial, double Radial) ScaleFactors(double axialHz, double radialHz, double timeMs)
    {
        if (timeMs <= 0) return (1, 1);
        double wx = 2 * Math.PI * axialHz, wr = 2 * Math.PI * radialHz, t = timeMs * 1e-3;
        var steps = Math.Max(200, (int)Math.Ceiling(50 * wr * t));
        var h = t / steps;
        // State: λx, λr, λ̇x, λ̇r (the two radial axes stay equal).
        Span<double> y = [1, 1, 0, 0];
        Span<double> k1 = stackalloc double[4], k2 = stackalloc double[4], k3 = stackalloc double[4], k4 = stackalloc double[4], tmp = stackalloc double[4];
        void Derivative(ReadOnlySpan<double> s, Span<double> d)
        {
            var volume = s[0] * s[1] * s[1];
            d[0] = s[2];
            d[1] = s[3];
            d[2] = wx * wx / (s[0] * volume);
            d[3] = wr * wr / (s[1] * volume);
        }
        for (var n = 0; n < steps; n++)
        {
            Derivative(y, k1);
            for (var i = 0; i < 4; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
            Derivative(tmp, k2);
            for (var i = 0; i < 4; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
            Derivative(tmp, k3);
            for (var i = 0; i < 4; i++) tmp[i] = y[i] + h * k3[i];
            Derivative(tmp, k4);
            for (var i = 0; i < 4; i++) y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return (y[0], y[1]);
    }
}
