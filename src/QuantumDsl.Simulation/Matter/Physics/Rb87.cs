namespace QuantumDsl.Simulation.Matter.Physics;

/// <summary>CODATA constants and <sup>87</sup>Rb properties (SI units) used by the matter engines.</summary>
internal static class Rb87
{
    public const double Hbar = 1.054571817e-34;
    public const double Planck = 6.62607015e-34;
    public const double Boltzmann = 1.380649e-23;

    /// <summary>Atomic mass of <sup>87</sup>Rb, 86.909180527 u.</summary>
    public const double Mass = 86.909180527 * 1.66053906660e-27;

    /// <summary>s-wave scattering length of |F=1, m_F=−1⟩, 100.40 a₀ (van Kempen et al., PRL 88, 093201 (2002)).</summary>
    public const double ScatteringLength = 100.40 * 5.29177210903e-11;

    /// <summary>Resonant absorption cross-section for the D2 cycling transition, 3λ²/2π (λ = 780.241 nm), in µm².</summary>
    public const double CyclingCrossSectionUm2 = 0.2907;

    /// <summary>Absorption cross-section the Oqtant simulator uses for in-trap images (π light), in µm².</summary>
    public const double InTrapCrossSectionUm2 = 0.1938;

    /// <summary>Oqtant's empirical ratio of atoms seen in in-trap vs time-of-flight images.</summary>
    public const double InTrapOdCalibration = 0.04057;

    /// <summary>D2 natural linewidth Γ = 2π·6.0666 MHz, in 1/s.</summary>
    public const double D2Linewidth = 2 * Math.PI * 6.0666e6;

    /// <summary>D2 saturation intensity for σ± cycling light, mW/cm².</summary>
    public const double D2SaturationIntensity = 1.669;
}
