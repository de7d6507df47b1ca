namespace QuantumDsl.Analog;

/// <summary>
/// PCHIP interpolation of values at time fractions (Pulser <c>interpolated</c>): knot k sits at
/// times[k]·(N − 1) ns and sample i is the interpolant at i. PCHIP is monotone between knots, so the extremes are knots.
/// </summary>
internal sealed class InterpolatedWaveform : Waveform
{
    public InterpolatedWaveform(Expr duration, IReadOnlyList<double> values, IReadOnlyList<double>? times)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(values);
        Duration = duration;
        Values = values.ToArray();
        Times = times?.ToArray() ?? Enumerable.Range(0, values.Count).Select(i => values.Count == 1 ? 0 : (double)i / (values.Count - 1)).ToArray();
        ExperimentValidationException.ThrowIfAny(Check(Values, Times));
    }

    public Expr Duration { get; }

    public IReadOnlyList<double> Values { get; }

    public IReadOnlyList<double> Times { get; }

    public override IReadOnlySet<string> VariableNames => Duration.VariableNames;

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values)
    {
        var n = ToDuration(Duration.Evaluate(values), "duration");
        var x = Times.Select(t => t * (n - 1)).ToArray();
        var slopes = Pchip.Slopes(x, Values);
        var samples = new double[n];
        for (var i = 0; i < n; i++)
        {
            samples[i] = Pchip.Evaluate(x, Values, slopes, i);
        }

        return samples;
    }

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values)
    {
        var d = Math.Round(Duration.Evaluate(values), MidpointRounding.ToEven);
        var x = Times.Select(t => t * Math.Max(d - 1, 0)).ToArray();
        var integral = Pchip.Integral(x, Values, Pchip.Slopes(x, Values));

        // The samples cover [0, N − 1] ns with N samples: mean sample ≈ integral / (N − 1).
        var average = d > 1 ? integral / (d - 1) : Values[0];
        return new WaveformStats(d, Values.Max(), Values.Min(), average * d);
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() => [("duration", Duration)];

    private static List<Violation> Check(IReadOnlyList<double> values, IReadOnlyList<double> times)
    {
        var violations = new List<Violation>();
        if (values.Count < 2)
        {
            violations.Add(Violation.Rule("values", values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "values given: an interpolated waveform needs at least 2"));
        }

        if (times.Count != values.Count)
        {
            violations.Add(Violation.Rule("times", times.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"times given for {values.Count} values"));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                violations.Add(Violation.Rule($"values[{i}]", Expr.Format(values[i]), "is not a finite number"));
            }
        }

        for (var i = 0; i < times.Count; i++)
        {
            var range = Violation.CheckRange($"times[{i}]", times[i], 0, 1, "fraction of the duration");
            if (range is not null)
            {
                violations.Add(range);
            }
            else if (i > 0 && !(times[i] > times[i - 1]))
            {
                violations.Add(Violation.Rule($"times[{i}]", Expr.Format(times[i]), $"is not after times[{i - 1}] = {Expr.Format(times[i - 1])}"));
            }
        }

        return violations;
    }
}

/// <summary>Piecewise cubic Hermite interpolation with Fritsch–Carlson (SciPy PchipInterpolator) slopes.</summary>
internal static class Pchip
{
    public static double[] Slopes(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        var d = new double[n];
        if (n < 2)
        {
            return d;
        }

        var h = new double[n - 1];
        var delta = new double[n - 1];
        for (var k = 0; k < n - 1; k++)
        {
            h[k] = x[k + 1] - x[k];
            delta[k] = h[k] > 0 ? (y[k + 1] - y[k]) / h[k] : 0;
        }

        if (n == 2)
        {
            d[0] = d[1] = delta[0];
            return d;
        }

        for (var k = 1; k < n - 1; k++)
        {
            if (delta[k - 1] == 0 || delta[k] == 0 || Math.Sign(delta[k - 1]) != Math.Sign(delta[k]))
            {
                continue;
            }

            double w1 = (2 * h[k]) + h[k - 1], w2 = h[k] + (2 * h[k - 1]);
            d[k] = (w1 + w2) / ((w1 / delta[k - 1]) + (w2 / delta[k]));
        }

        d[0] = EndSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = EndSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    public static double Evaluate(IReadOnlyList<double> x, IReadOnlyList<double> y, double[] d, double t)
    {
        var k = 0;
        while (k < x.Count - 2 && t > x[k + 1])
        {
            k++;
        }

        var h = x[k + 1] - x[k];
        if (!(h > 0))
        {
            return y[k];
        }

        var s = (t - x[k]) / h;
        double s2 = s * s, s3 = s2 * s;
        return (((2 * s3) - (3 * s2) + 1) * y[k]) + ((s3 - (2 * s2) + s) * h * d[k])
            + ((-2 * s3) + (3 * s2)) * y[k + 1] + ((s3 - s2) * h * d[k + 1]);
    }

    /// <summary>Exact integral of the interpolant over [x₀, xₙ₋₁].</summary>
    public static double Integral(IReadOnlyList<double> x, IReadOnlyList<double> y, double[] d)
    {
        var sum = 0.0;
        for (var k = 0; k < x.Count - 1; k++)
        {
            var h = x[k + 1] - x[k];
            sum += (h * (y[k] + y[k + 1]) / 2) + (h * h * (d[k] - d[k + 1]) / 12);
        }

        return sum;
    }

    private static double EndSlope(double h0, double h1, double m0, double m1)
    {
        var d = (((2 * h0) + h1) * m0 - (h0 * m1)) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(m0))
        {
            return 0;
        }

        return Math.Sign(m0) != Math.Sign(m1) && Math.Abs(d) > Math.Abs(3 * m0) ? 3 * m0 : d;
    }
}
