using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Analysis;

/// <summary>
/// Temperature from the thermal widths after time of flight t, inverting σ_i² = (k_BT_i/mω_i²)(1 + ω_i²t²):
/// T_i = mω_i²σ_i²/(k_B(1 + ω_i²t²)), combined as oqtant does: T = [2τx²/(1+3τx²)]·T_x + [(1+τy²)/(1+3τy²)]·T_y with
/// τ_i = ω_i·t. oqtant's helper writes T_i with m/2k_B, half the equipartition value used here (docs/emulator.md).
/// </summary>
public static class TofThermometry
{
    /// <summary>oqtant's weak-axis trap frequency (Hz).</summary>
    public const double DefaultAxialHz = 80;

    /// <summary>oqtant's tight-axis trap frequency (Hz).</summary>
    public const double DefaultRadialHz = 1000;

    /// <summary>Temperature in nK from the fitted Gaussian widths (pixels) of an image with <paramref name="pixelSizeUm"/>.</summary>
    public static double TemperatureNk(BimodalParameters fit, double pixelSizeUm, double timeOfFlightMs, double axialHz = DefaultAxialHz, double radialHz = DefaultRadialHz)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var t = timeOfFlightMs * 1e-3;
        double wx = 2 * Math.PI * axialHz, wy = 2 * Math.PI * radialHz;
        double Axis(double w, double sigmaPixels)
        {
            var sigma = sigmaPixels * pixelSizeUm * 1e-6;
            return Rb87.Mass * w * w * sigma * sigma / (Rb87.Boltzmann * (1 + w * w * t * t));
        }
        double tx = wx * t, ty = wy * t;
        var temperature = 2 * tx * tx / (1 + 3 * tx * tx) * Axis(wx, fit.SigmaX) + (1 + ty * ty) / (1 + 3 * ty * ty) * Axis(wy, fit.SigmaY);
        return temperature * 1e9;
    }
}
