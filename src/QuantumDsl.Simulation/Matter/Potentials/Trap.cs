using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Potentials;

/// <summary>
/// A cylindrically symmetric harmonic magnetic trap: axial frequency along x (the painting axis) and radial
/// frequency, both in Hz (not angular).
/// </summary>
public sealed record Trap(double AxialHz, double RadialHz)
{
    /// <summary>Oqtant's magnetic trap: 50 Hz along the painting axis (the client's display potential), 400 Hz radially (the oqtant simulator).</summary>
    public static Trap Oqtant { get; } = new(50, 400);

    /// <summary>Geometric mean angular frequency ω̄ = 2π(f_x f_r²)^{1/3} (rad/s).</summary>
    public double MeanAngular => 2 * Math.PI * Math.Cbrt(AxialHz * RadialHz * RadialHz);

    /// <summary>Axial angular frequency (rad/s).</summary>
    public double AxialAngular => 2 * Math.PI * AxialHz;

    /// <summary>Radial angular frequency (rad/s).</summary>
    public double RadialAngular => 2 * Math.PI * RadialHz;

    /// <summary>Harmonic potential ½mω_x²x² in kHz at <paramref name="xUm"/>.</summary>
    public double AxialPotentialKhz(double xUm)
    {
        var x = xUm * 1e-6;
        return 0.5 * Rb87.Mass * AxialAngular * AxialAngular * x * x / Rb87.Planck * 1e-3;
    }
}
