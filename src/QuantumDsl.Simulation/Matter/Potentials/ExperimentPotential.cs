using QuantumDsl.Simulation.Matter.Inputs;
using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Potentials;

/// <summary>
/// V(x,t) along the trap axis: the magnetic trap plus the painted barriers and landscape as the projector paints
/// them (refreshed every 0.1 ms: the value at t is the one painted at ⌊t/0.1 ms⌋·0.1 ms), and the terminator's
/// loss rate Γ(x,t) = photon scattering rate (Γ_D2/2)·s/(1+s+4Δ²/Γ_D2²), s = I(x)/I_sat, I(x) = I₀·exp(−2(x−x_L)²/w²),
/// w = half the 1/e² diameter.
/// </summary>
public sealed class ExperimentPotential
{
    private readonly Trap _trap;
    private readonly IReadOnlyList<PaintedBarrier> _barriers;
    private readonly PaintedLandscape? _landscape;
    private readonly TerminatorPulse? _terminator;
    private readonly ProjectionSystem _projector = new();
    private readonly double[] _x;
    private readonly double[] _trapKhz;

    /// <summary>Builds V(x,t) on the grid <paramref name="xUm"/> (µm).</summary>
    public ExperimentPotential(Trap trap, ReadOnlySpan<double> xUm, IReadOnlyList<PaintedBarrier>? barriers, PaintedLandscape? landscape, TerminatorPulse? terminator)
    {
        _trap = trap ?? throw new ArgumentNullException(nameof(trap));
        _barriers = barriers ?? [];
        _landscape = landscape;
        _terminator = terminator;
        _x = xUm.ToArray();
        _trapKhz = _x.Select(trap.AxialPotentialKhz).ToArray();
    }

    /// <summary>True when nothing is painted and no terminator fires: V is the magnetic trap at all times.</summary>
    public bool IsStatic => _barriers.Count == 0 && _landscape is null && _terminator is null;

    /// <summary>The projector frame (index of the 0.1 ms update) in force at <paramref name="tMs"/>.</summary>
    public static long Frame(double tMs) => (long)Math.Floor(tMs / ProjectionSystem.UpdatePeriodMs + 1e-9);

    /// <summary>Writes V (kHz) at time <paramref name="tMs"/> on the grid into <paramref name="potentialKhz"/>.</summary>
    public void Potential(double tMs, Span<double> potentialKhz)
    {
        _trapKhz.CopyTo(potentialKhz);
        if (_barriers.Count == 0 && _landscape is null) return;
        var painted = Frame(tMs) * ProjectionSystem.UpdatePeriodMs;
        var amplitudes = _projector.SpotAmplitudes((x, v) => AddIdeal(painted, x, v));
        var optical = new double[_x.Length];
        _projector.Paint(amplitudes, _x, optical);
        for (var i = 0; i < optical.Length; i++) potentialKhz[i] += optical[i];
    }

    /// <summary>The ideal (unprojected) optical potential (kHz) at <paramref name="tMs"/>: barriers plus landscape.</summary>
    public void AddIdeal(double tMs, ReadOnlySpan<double> xUm, Span<double> potentialKhz)
    {
        foreach (var barrier in _barriers) barrier.AddIdeal(tMs, xUm, potentialKhz);
        _landscape?.AddIdeal(tMs, xUm, potentialKhz);
    }

    /// <summary>Writes the terminator's loss rate (1/ms) at <paramref name="tMs"/> into <paramref name="lossPerMs"/>; false when it is off.</summary>
    public bool LossRate(double tMs, Span<double> lossPerMs)
    {
        lossPerMs.Clear();
        tMs = Frame(tMs) * ProjectionSystem.UpdatePeriodMs;
        if (_terminator is not { } pulse || tMs < pulse.OnMs || tMs >= pulse.OffMs || pulse.IntensityMwPerCm2 <= 0) return false;
        var waist = pulse.WidthUm / 2;
        var detuning = 2 * Math.PI * pulse.DetuningMhz * 1e6 / Rb87.D2Linewidth;
        for (var i = 0; i < _x.Length; i++)
        {
            var d = _x[i] - pulse.PositionUm;
            var s = pulse.IntensityMwPerCm2 / Rb87.D2SaturationIntensity * Math.Exp(-2 * d * d / (waist * waist));
            lossPerMs[i] = 0.5 * Rb87.D2Linewidth * s / (1 + s + 4 * detuning * detuning) * 1e-3;
        }
        return true;
    }

    /// <summary>The trap this potential is built on.</summary>
    public Trap Trap => _trap;
}
