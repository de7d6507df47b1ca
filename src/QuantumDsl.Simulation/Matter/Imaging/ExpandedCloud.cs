using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// A bimodal cloud seen along the line of sight (µm, atoms): a thermal Gaussian of widths σx, σy and a
/// Thomas–Fermi condensate of radii Rx, Ry, both centred at (<see cref="CentreXUm"/>, <see cref="CentreYUm"/>).
/// Column densities: n_th = N_th/(2πσxσy)·exp(−x²/2σx² − y²/2σy²), n_TF = 5N₀/(2πRxRy)·max(1 − x²/Rx² − y²/Ry², 0)^{3/2}.
/// </summary>
public sealed record ExpandedCloud(
    double ThermalNumber,
    double SigmaXUm,
    double SigmaYUm,
    double CondensedNumber,
    double RadiusXUm,
    double RadiusYUm,
    double CentreXUm = 0,
    double CentreYUm = 0)
{
    /// <summary>
    /// The cloud after <paramref name="timeOfFlightMs"/> of ballistic expansion: thermal σ_i² = (k_BT/mω_i²)(1 + ω_i²t²)
    /// (x is the weak trap axis, y a radial axis); condensate radii R_i = λ_i(t)·√(2μ/mω_i²) with Castin–Dum λ_i.
    /// </summary>
    public static ExpandedCloud AfterTimeOfFlight(CloudState cloud, double timeOfFlightMs, double centreXUm = 0, double centreYUm = 0)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var t = timeOfFlightMs * 1e-3;
        double wx = cloud.Trap.AxialAngular, wr = cloud.Trap.RadialAngular;
        var thermal = cloud.Temperature * Rb87.Boltzmann / Rb87.Mass;
        double Sigma(double w) => Math.Sqrt(thermal / (w * w) * (1 + w * w * t * t)) * 1e6;
        var (lx, lr) = CastinDum.ScaleFactors(cloud.Trap.AxialHz, cloud.Trap.RadialHz, timeOfFlightMs);
        var mu = cloud.CondensedNumber > 0 ? cloud.ChemicalPotential : 0;
        double Radius(double w) => Math.Sqrt(2 * mu / (Rb87.Mass * w * w)) * 1e6;
        return new ExpandedCloud(cloud.ThermalNumber, Sigma(wx), Sigma(wr), cloud.CondensedNumber, lx * Radius(wx), lr * Radius(wr), centreXUm, centreYUm);
    }

    /// <summary>Column density (atoms/µm²) at (<paramref name="xUm"/>, <paramref name="yUm"/>).</summary>
    public double ColumnDensity(double xUm, double yUm)
    {
        double x = xUm - CentreXUm, y = yUm - CentreYUm, n = 0;
        if (ThermalNumber > 0 && SigmaXUm > 0 && SigmaYUm > 0)
            n += ThermalNumber / (2 * Math.PI * SigmaXUm * SigmaYUm)
                * Math.Exp(-0.5 * x * x / (SigmaXUm * SigmaXUm) - 0.5 * y * y / (SigmaYUm * SigmaYUm));
        if (CondensedNumber > 0 && RadiusXUm > 0 && RadiusYUm > 0)
        {
            var a = 1 - x * x / (RadiusXUm * RadiusXUm) - y * y / (RadiusYUm * RadiusYUm);
            if (a > 0) n += 5 * CondensedNumber / (2 * Math.PI * RadiusXUm * RadiusYUm) * Math.Pow(a, 1.5);
        }
        return n;
    }
}
