namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// The built sequence as per-nanosecond samples for each atom (ground-rydberg basis):
/// complex drive Ω·e^{iφ} (rad/µs) summed over the channels addressing the atom, and detuning δ (rad/µs).
/// </summary>
internal sealed class DriveSamples(int atomCount, int durationNs, int clockPeriodNs)
{
    public int AtomCount { get; } = atomCount;

    public int DurationNs { get; } = durationNs;

    /// <summary>Clock period of the declared channels (the step of the piecewise-constant Hamiltonian).</summary>
    public int ClockPeriodNs { get; } = clockPeriodNs;

    public double[][] DriveRe { get; } = Enumerable.Range(0, atomCount).Select(_ => new double[durationNs]).ToArray();

    public double[][] DriveIm { get; } = Enumerable.Range(0, atomCount).Select(_ => new double[durationNs]).ToArray();

    public double[][] Detuning { get; } = Enumerable.Range(0, atomCount).Select(_ => new double[durationNs]).ToArray();
}
