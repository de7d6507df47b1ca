using QuantumDsl.Simulation.Matter.Inputs;
using QuantumDsl.Simulation.Matter.Physics;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Matter.Evaporation;

/// <summary>
/// Forced RF evaporation in a harmonic magnetic trap, reduced to its scaling laws (see docs/emulator.md):
/// the RF knife at f_k removes atoms above U = |m_F|·h·(f_k − f_bottom); the gas follows the knife at a fixed
/// truncation parameter η = U/k_BT, so T = U/(η·k_B); atoms are spent with efficiency γ = d ln T / d ln N, so
/// N = N_i·(T/T_i)^{1/γ}, times background-gas losses exp(−t/τ). The ideal Bose gas then gives
/// T_c = 0.94·ħω̄·N^{1/3}/k_B and N₀ = N·[1 − (T/T_c)³]; the condensate is capped at the number whose
/// Thomas–Fermi chemical potential μ = ½ħω̄(15N₀a/ā)^{2/5} reaches the trap depth U.
/// </summary>
public sealed record EvaporationModel
{
    /// <summary>|m_F| of the trapped state |F=1, m_F=−1⟩ (|g_F| = ½, so U = |m_F|·h·Δf).</summary>
    public double MagneticQuantumNumber { get; init; } = 1;

    /// <summary>
    /// Truncation parameter η = U/k_BT at the end of the ramp. 16 reproduces the service's own calibration
    /// (oqtant's QuantumMatter sets f_final = 0.067 MHz·T/200 nK); see docs/emulator.md.
    /// </summary>
    public double Truncation { get; init; } = 16;

    /// <summary>RF frequency of the trap bottom (MHz); the service's ramps are given from the bottom, so 0.</summary>
    public double TrapBottomMhz { get; init; }

    /// <summary>Mean MOT atom number.</summary>
    public double MotAtomNumber { get; init; } = 7e6;

    /// <summary>Fraction of the MOT captured in the magnetic trap.</summary>
    public double LoadingEfficiency { get; init; } = 0.1;

    /// <summary>Temperature of the cloud in the magnetic trap before evaporation (K).</summary>
    public double InitialTemperature { get; init; } = 100e-6;

    /// <summary>Evaporation efficiency γ = d ln T / d ln N.</summary>
    public double Efficiency { get; init; } = 1.5;

    /// <summary>Background-gas lifetime (s).</summary>
    public double LifetimeSeconds { get; init; } = 10;

    /// <summary>Relative shot-to-shot fluctuation of the MOT atom number (standard deviation).</summary>
    public double AtomNumberJitter { get; init; } = 0.03;

    /// <summary>The trap (evaporation and experiment).</summary>
    public Trap Trap { get; init; } = Trap.Oqtant;

    /// <summary>The default model (values in docs/emulator.md).</summary>
    public static EvaporationModel Default { get; } = new();

    /// <summary>Runs the ramp; <paramref name="holdMs"/> is the time after t = 0 (lifetime) for the loss term.</summary>
    public CloudState Evaporate(RfRamp ramp, double holdMs, Random random)
    {
        ArgumentNullException.ThrowIfNull(ramp);
        ArgumentNullException.ThrowIfNull(random);
        ramp.EnsureWellFormed();
        var mot = MotAtomNumber * Math.Max(0, 1 + AtomNumberJitter * Gaussian.Next(random));
        var loaded = mot * LoadingEfficiency;
        var depth = ramp.KnifeFrequencyMhz is { } knife
            ? MagneticQuantumNumber * Rb87.Planck * (knife - TrapBottomMhz) * 1e6
            : double.PositiveInfinity;
        if (depth <= 0) return new CloudState(mot, 0, 0, 0, 0, 0, Trap);

        var temperature = Math.Min(InitialTemperature, depth / (Truncation * Rb87.Boltzmann));
        var survival = Math.Exp(-(ramp.EvaporationDurationMs + Math.Max(0, holdMs)) * 1e-3 / LifetimeSeconds);
        var atoms = loaded * Math.Pow(temperature / InitialTemperature, 1 / Efficiency) * survival;
        var omegaBar = Trap.MeanAngular;
        var critical = 0.94 * Rb87.Hbar * omegaBar * Math.Cbrt(atoms) / Rb87.Boltzmann;
        var condensed = temperature < critical ? atoms * (1 - Math.Pow(temperature / critical, 3)) : 0;
        var oscillatorLength = Math.Sqrt(Rb87.Hbar / (Rb87.Mass * omegaBar));
        var maxCondensed = Math.Pow(2 * depth / (Rb87.Hbar * omegaBar), 2.5) * oscillatorLength / (15 * Rb87.ScatteringLength);
        if (condensed > maxCondensed)
        {
            atoms -= condensed - maxCondensed;
            condensed = maxCondensed;
        }
        return new CloudState(mot, atoms, condensed, temperature, critical, depth, Trap);
    }
}

/// <summary>
/// The cloud at the end of evaporation: MOT atom number, total and condensed atom numbers, temperature (K),
/// critical temperature (K), trap depth (J) and the trap.
/// </summary>
public sealed record CloudState(
    double MotAtomNumber,
    double AtomNumber,
    double CondensedNumber,
    double Temperature,
    double CriticalTemperature,
    double TrapDepth,
    Trap Trap)
{
    /// <summary>Thermal (non-condensed) atom number.</summary>
    public double ThermalNumber => Math.Max(0, AtomNumber - CondensedNumber);

    /// <summary>Condensate fraction N₀/N (0 without atoms).</summary>
    public double CondensateFraction => AtomNumber > 0 ? CondensedNumber / AtomNumber : 0;

    /// <summary>Thomas–Fermi chemical potential μ = ½ħω̄(15N₀a/ā)^{2/5} (J).</summary>
    public double ChemicalPotential
    {
        get
        {
            var omegaBar = Trap.MeanAngular;
            var oscillatorLength = Math.Sqrt(Rb87.Hbar / (Rb87.Mass * omegaBar));
            return 0.5 * Rb87.Hbar * omegaBar * Math.Pow(15 * CondensedNumber * Rb87.ScatteringLength / oscillatorLength, 0.4);
        }
    }
}
