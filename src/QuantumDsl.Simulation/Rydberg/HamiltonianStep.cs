using QuantumDsl.Analog;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// One piece of the piecewise-constant Hamiltonian: per atom, the drive Ω·e^{iφ} (rad/µs) and the detuning δ
/// (rad/µs), averaged over the nanosecond samples of one clock step; equal consecutive steps are merged.
/// </summary>
internal sealed record HamiltonianStep(double DurationUs, double[] DriveRe, double[] DriveIm, double[] Detuning)
{
    public bool HasDrive => DriveRe.Any(x => x != 0) || DriveIm.Any(x => x != 0);

    /// <summary>
    /// The ground-rydberg drive of each qubit (Pulser's per-qubit samples: amplitudes, detunings and phases of the
    /// channels addressing it, summed) as Ω·e^{iφ} and δ, averaged over windows of <paramref name="stepNs"/>; equal
    /// neighbours merged.
    /// </summary>
    public static List<HamiltonianStep> FromSamples(AnalogSamples analog, int stepNs)
    {
        var samples = Drive.From(analog);
        var steps = new List<HamiltonianStep>();
        var n = samples.AtomCount;
        for (var t0 = 0; t0 < samples.DurationNs; t0 += stepNs)
        {
            var t1 = Math.Min(samples.DurationNs, t0 + stepNs);
            var re = new double[n];
            var im = new double[n];
            var det = new double[n];
            for (var q = 0; q < n; q++)
            {
                double sr = 0, si = 0, sd = 0;
                for (var t = t0; t < t1; t++)
                {
                    sr += samples.DriveRe[q][t];
                    si += samples.DriveIm[q][t];
                    sd += samples.Detuning[q][t];
                }
                (re[q], im[q], det[q]) = (sr / (t1 - t0), si / (t1 - t0), sd / (t1 - t0));
            }
            var duration = (t1 - t0) * 1e-3;
            if (steps.Count > 0 && steps[^1] is var last && last.DriveRe.AsSpan().SequenceEqual(re)
                && last.DriveIm.AsSpan().SequenceEqual(im) && last.Detuning.AsSpan().SequenceEqual(det))
            {
                steps[^1] = last with { DurationUs = last.DurationUs + duration };
            }
            else
            {
                steps.Add(new HamiltonianStep(duration, re, im, det));
            }
        }
        return steps;
    }
}

/// <summary>Per qubit (register order) and per ns: Ω·cos φ, Ω·sin φ and δ of the ground-rydberg basis.</summary>
internal sealed class Drive
{
    private Drive(int atoms, int duration)
    {
        AtomCount = atoms;
        DurationNs = duration;
        DriveRe = Enumerable.Range(0, atoms).Select(_ => new double[duration]).ToArray();
        DriveIm = Enumerable.Range(0, atoms).Select(_ => new double[duration]).ToArray();
        Detuning = Enumerable.Range(0, atoms).Select(_ => new double[duration]).ToArray();
    }

    public int AtomCount { get; }

    public int DurationNs { get; }

    public double[][] DriveRe { get; }

    public double[][] DriveIm { get; }

    public double[][] Detuning { get; }

    public static Drive From(AnalogSamples samples)
    {
        var drive = new Drive(samples.QubitIds.Count, samples.DurationNs);
        if (!samples.Qubits.TryGetValue(Basis.GroundRydberg, out var qubits))
        {
            return drive;
        }

        for (var q = 0; q < samples.QubitIds.Count; q++)
        {
            if (!qubits.TryGetValue(samples.QubitIds[q], out var d))
            {
                continue;
            }

            for (var t = 0; t < samples.DurationNs; t++)
            {
                var (sin, cos) = Math.SinCos(d.Phase[t]);
                drive.DriveRe[q][t] = d.Amplitude[t] * cos;
                drive.DriveIm[q][t] = d.Amplitude[t] * sin;
                drive.Detuning[q][t] = d.Detuning[t];
            }
        }

        return drive;
    }
}
