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
