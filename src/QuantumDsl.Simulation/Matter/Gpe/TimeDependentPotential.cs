using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Matter.Gpe;

/// <summary>A potential V(x,t) (kHz) and loss rate Γ(x,t) (1/ms) on a grid, piecewise constant over frames.</summary>
public interface ITimeDependentPotential
{
    /// <summary>The frame in force at <paramref name="tMs"/>; V and Γ only change when it changes.</summary>
    long Frame(double tMs);

    /// <summary>Writes V (kHz) at <paramref name="tMs"/>.</summary>
    void Potential(double tMs, Span<double> potentialKhz);

    /// <summary>Writes Γ (1/ms) at <paramref name="tMs"/>; returns false (and zeros) when there is no loss.</summary>
    bool LossRate(double tMs, Span<double> lossPerMs);
}

/// <summary>A static potential (kHz) without loss.</summary>
public sealed class StaticPotential(double[] potentialKhz) : ITimeDependentPotential
{
    /// <inheritdoc/>
    public long Frame(double tMs) => 0;

    /// <inheritdoc/>
    public void Potential(double tMs, Span<double> potentialKhz1) => potentialKhz.CopyTo(potentialKhz1);

    /// <inheritdoc/>
    public bool LossRate(double tMs, Span<double> lossPerMs)
    {
        lossPerMs.Clear();
        return false;
    }
}

/// <summary>Adapts <see cref="ExperimentPotential"/> (0.1 ms projector frames) to the solver.</summary>
public sealed class PaintedPotential(ExperimentPotential potential) : ITimeDependentPotential
{
    /// <inheritdoc/>
    public long Frame(double tMs) => potential.IsStatic ? 0 : ExperimentPotential.Frame(tMs);

    /// <inheritdoc/>
    public void Potential(double tMs, Span<double> potentialKhz) => potential.Potential(tMs, potentialKhz);

    /// <inheritdoc/>
    public bool LossRate(double tMs, Span<double> lossPerMs) => potential.LossRate(tMs, lossPerMs);
}
