namespace QuantumDsl.Simulation.Matter.Potentials;

/// <summary>
/// The painting optics: 121 Gaussian spots (σ = 0.55 µm) 1 µm apart from −60 to 60 µm. The ideal potential is
/// sampled at the spots, each spot is rescaled so that the largest value in its 1 µm bin (10 sub-samples) matches
/// the ideal one, the spots are summed and the result is clipped to [0, 100] kHz (bert_schemas <c>projected.py</c>).
/// </summary>
public sealed class ProjectionSystem
{
    /// <summary>Number of spots.</summary>
    public const int SpotCount = 121;
    /// <summary>Position of the first spot (µm).</summary>
    public const double FirstSpotUm = -60;
    /// <summary>Spot spacing (µm).</summary>
    public const double SpotSpacingUm = 1;
    /// <summary>Spot σ (µm): 2.2 µm 1/e² diameter / 4.</summary>
    public const double SpotSigmaUm = 0.55;
    /// <summary>Largest potential the projector paints (kHz).</summary>
    public const double MaxPotentialKhz = 100;
    /// <summary>Sub-samples per 1 µm bin used for the rescaling.</summary>
    public const int SubSamples = 10;
    /// <summary>Time between projector updates (ms).</summary>
    public const double UpdatePeriodMs = 0.1;

    private const double CutoffUm = 8 * SpotSigmaUm;
    private readonly double[] _spots = new double[SpotCount];
    private readonly double[] _fine = new double[SpotCount * SubSamples];

    /// <summary>Creates the projector model.</summary>
    public ProjectionSystem()
    {
        for (var j = 0; j < SpotCount; j++)
        {
            _spots[j] = FirstSpotUm + j * SpotSpacingUm;
            for (var k = 0; k < SubSamples; k++)
                _fine[j * SubSamples + k] = _spots[j] - 0.5 * SpotSpacingUm + (k + 0.5) * SpotSpacingUm / SubSamples;
        }
    }

    /// <summary>
    /// Spot amplitudes (kHz) that paint <paramref name="ideal"/>, where <paramref name="ideal"/> adds the ideal
    /// potential (kHz) at the given positions to its output span.
    /// </summary>
    public double[] SpotAmplitudes(IdealPotential ideal)
    {
        ArgumentNullException.ThrowIfNull(ideal);
        var atSpots = new double[SpotCount];
        var atFine = new double[_fine.Length];
        ideal(_spots, atSpots);
        ideal(_fine, atFine);
        var weights = new double[SpotCount];
        for (var j = 0; j < SpotCount; j++) weights[j] = Math.Max(0, atSpots[j]);
        var scaled = new double[SpotCount];
        for (var j = 0; j < SpotCount; j++)
        {
            double idealMax = 0, rawMax = 0;
            for (var k = 0; k < SubSamples; k++)
            {
                var i = j * SubSamples + k;
                idealMax = Math.Max(idealMax, atFine[i]);
                rawMax = Math.Max(rawMax, Sum(weights, _fine[i]));
            }
            scaled[j] = rawMax > 0 ? weights[j] * idealMax / rawMax : 0;
        }
        return scaled;
    }

    /// <summary>The painted potential (kHz, clipped to [0, 100]) of spot amplitudes <paramref name="amplitudes"/> at <paramref name="xUm"/>.</summary>
    public void Paint(ReadOnlySpan<double> amplitudes, ReadOnlySpan<double> xUm, Span<double> potentialKhz)
    {
        for (var i = 0; i < xUm.Length; i++)
            potentialKhz[i] = Math.Clamp(Sum(amplitudes, xUm[i]), 0, MaxPotentialKhz);
    }

    private static double Sum(ReadOnlySpan<double> amplitudes, double x)
    {
        var first = Math.Max(0, (int)Math.Floor((x - CutoffUm - FirstSpotUm) / SpotSpacingUm));
        var last = Math.Min(SpotCount - 1, (int)Math.Ceiling((x + CutoffUm - FirstSpotUm) / SpotSpacingUm));
        double sum = 0;
        for (var j = first; j <= last; j++)
        {
            if (amplitudes[j] == 0) continue;
            var d = x - (FirstSpotUm + j * SpotSpacingUm);
            sum += amplitudes[j] * Math.Exp(-0.5 * d * d / (SpotSigmaUm * SpotSigmaUm));
        }
        return sum;
    }
}

/// <summary>Adds an ideal potential (kHz) at positions <paramref name="xUm"/> (µm) to <paramref name="potentialKhz"/>.</summary>
public delegate void IdealPotential(ReadOnlySpan<double> xUm, Span<double> potentialKhz);
