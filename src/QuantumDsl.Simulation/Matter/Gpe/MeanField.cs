namespace QuantumDsl.Simulation.Matter.Gpe;

/// <summary>
/// The local interaction term of a one-dimensional mean-field equation, in angular-frequency units (rad/ms) with
/// the 1D density n = |ψ|² in atoms/µm: the local chemical potential μ(n)/ħ and the energy density e(n)/ħ (μ = de/dn).
/// </summary>
public abstract record MeanField
{
    /// <summary>μ(n)/ħ in rad/ms.</summary>
    public abstract double ChemicalPotential(double density);

    /// <summary>e(n)/ħ in rad/(ms·µm).</summary>
    public abstract double EnergyDensity(double density);

    /// <summary>The density n ≥ 0 with μ(n) = <paramref name="chemicalPotential"/> (0 when it is ≤ 0): the local Thomas–Fermi density.</summary>
    public abstract double Density(double chemicalPotential);
}

/// <summary>
/// The 1D Gross–Pitaevskii equation: transverse ground state of a harmonic guide frozen, g₁D = 2ħω⊥a
/// (Olshanii 1998, a ≪ a⊥), μ = g₁D·n, e = ½g₁D·n². Valid when a·n ≪ 1.
/// </summary>
/// <param name="Coupling">g₁D/ħ in rad·µm/ms.</param>
public sealed record OneDimensionalGpe(double Coupling) : MeanField
{
    /// <summary>g₁D = 2ħω⊥a for a radial trap of <paramref name="radialHz"/> and scattering length <paramref name="scatteringLengthUm"/> (µm).</summary>
    public static OneDimensionalGpe ForGuide(double radialHz, double scatteringLengthUm) =>
        new(2 * (2 * Math.PI * radialHz * 1e-3) * scatteringLengthUm);

    /// <inheritdoc/>
    public override double ChemicalPotential(double density) => Coupling * density;

    /// <inheritdoc/>
    public override double EnergyDensity(double density) => 0.5 * Coupling * density * density;

    /// <inheritdoc/>
    public override double Density(double chemicalPotential) => Math.Max(chemicalPotential, 0) / Coupling;
}

/// <summary>
/// The non-polynomial Schrödinger equation (Salasnich, Parola, Reatto, PRA 65, 043614 (2002)): a Gaussian
/// transverse profile of width σ⊥² = a⊥²√(1+2a·n) adapts to the local density, giving
/// μ(n) = ħω⊥[(1+3a·n)/√(1+2a·n) − 1] and e(n) = ħω⊥·n·[√(1+2a·n) − 1] (the transverse zero-point energy ħω⊥ is
/// dropped). It reduces to the 1D GPE for a·n ≪ 1 and to the transverse Thomas–Fermi n^{1/2} law for a·n ≫ 1.
/// </summary>
/// <param name="RadialAngular">ω⊥ in rad/ms.</param>
/// <param name="ScatteringLengthUm">a in µm.</param>
public sealed record NonPolynomialSchrodinger(double RadialAngular, double ScatteringLengthUm) : MeanField
{
    /// <summary>The NPSE for a radial trap of <paramref name="radialHz"/>.</summary>
    public static NonPolynomialSchrodinger ForGuide(double radialHz, double scatteringLengthUm) =>
        new(2 * Math.PI * radialHz * 1e-3, scatteringLengthUm);

    /// <inheritdoc/>
    public override double ChemicalPotential(double density)
    {
        var an = ScatteringLengthUm * Math.Max(density, 0);
        return RadialAngular * ((1 + 3 * an) / Math.Sqrt(1 + 2 * an) - 1);
    }

    /// <inheritdoc/>
    public override double EnergyDensity(double density)
    {
        var an = ScatteringLengthUm * Math.Max(density, 0);
        return RadialAngular * density * (Math.Sqrt(1 + 2 * an) - 1);
    }

    /// <inheritdoc/>
    public override double Density(double chemicalPotential)
    {
        // With s = √(1+2an): (3s² − 1)/(2s) = u = 1 + μ/ħω⊥, so s = (u + √(u² + 3))/3 and n = (s² − 1)/2a.
        if (chemicalPotential <= 0) return 0;
        var u = 1 + chemicalPotential / RadialAngular;
        var s = (u + Math.Sqrt(u * u + 3)) / 3;
        return (s * s - 1) / (2 * ScatteringLengthUm);
    }

    /// <summary>The transverse Gaussian width σ⊥ (µm) at density <paramref name="density"/> for oscillator length <paramref name="radialLengthUm"/>.</summary>
    public double TransverseWidth(double density, double radialLengthUm) =>
        radialLengthUm * Math.Pow(1 + 2 * ScatteringLengthUm * Math.Max(density, 0), 0.25);
}
