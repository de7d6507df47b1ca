using QuantumDsl.Simulation.Pulser;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// One piece of the piecewise-constant Hamiltonian: per atom, the drive Ω·e^{iφ} (rad/µs) and the detuning δ
/// (rad/µs), averaged over the nanosecond samples of one clock step; equal consecutive steps are merged.
/// </summary>
internal sealed record HamiltonianStep(double DurationUs, double[] DriveRe, double[] DriveIm, double[] Detuning)
{
    public bool HasDrive => DriveRe.Any(x => x != 0) || DriveIm.Any(x => x != 0);

    /// <summary>Averages the per-ns samples over windows of <paramref name="stepNs"/> and merges equal neighbours.</summary>
    public static List<HamiltonianStep> FromSamples(DriveSamples samples, int stepNs)
    {
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
