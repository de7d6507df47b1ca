namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>Profile of a painted barrier; the meaning of its width depends on the shape.</summary>
public enum BarrierShape
{
    /// <summary>h·exp(−(x−x₀)²/2w²): width is σ.</summary>
    Gaussian,
    /// <summary>h·w²/((x−x₀)²+w²): width is the half width at half maximum.</summary>
    Lorentzian,
    /// <summary>h for |x−x₀| ≤ w: width is the half-width.</summary>
    Square,
    /// <summary>The projector's native spot, a Gaussian whose σ is the width (0.5 µm).</summary>
    Native,
}
