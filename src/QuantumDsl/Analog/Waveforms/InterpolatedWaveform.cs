namespace QuantumDsl.Analog;

/// <summary>
/// PCHIP interpolation of values at time fractions (Pulser <c>interpolated</c>): knot k sits at times[k]·(N − 1) ns,
/// sample i is the interpolant at i, clipped to [min(values), max(values)]. Values and times may be parametrized
/// arrays (from Pulser's JSON); the DSL gives numbers.
/// </summary>
internal sealed class InterpolatedWaveform : Waveform
{
    public InterpolatedWaveform(Expr duration, IReadOnlyList<double> values, IReadOnlyList<double>? times)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(values);
        var t = times?.ToArray() ?? Enumerable.Range(0, values.Count).Select(i => values.Count == 1 ? 0 : (double)i / (values.Count - 1)).ToArray();
        ExperimentValidationException.ThrowIfAny(Check(values, t));
        Duration = duration;
        Values = new LiteralArray(values);
        Times = new LiteralArray(t);
    }

    internal InterpolatedWaveform(Expr duration, ArrayExpr values, ArrayExpr times)
    {
        Duration = duration;
        Values = values;
        Times = times;
    }

    public Expr Duration { get; }

    public ArrayExpr Values { get; }

    public ArrayExpr Times { get; }

    public override IReadOnlySet<string> VariableNames => Duration.VariableNames.Concat(Values.VariableNames).Concat(Times.VariableNames).ToHashSet(StringComparer.Ordinal);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values)
    {
        var n = BuiltWaveform.WholeNs(Duration.Evaluate(values));
        double[] y = Values.Evaluate(values), t = Times.Evaluate(values);
        var violations = Check(y, t);
        if (violations.Count > 0)
        {
            throw new ScheduleException(violations[0]);
        }

        return Of(n, y, t);
    }

    private static BuiltWaveform Of(int n, double[] y, double[] t)
    {
        var x = t.Select(f => f * (n - 1)).ToArray();
        var slopes = Pchip.Slopes(x, y);
        double lo = y.Min(), hi = y.Max();
        var samples = new double[n];
        for (var i = 0; i < n; i++)
        {
            samples[i] = Math.Min(Math.Max(Pchip.Evaluate(x, y, slopes, i), lo), hi);
        }

        return new BuiltWaveform(samples, d => Of(d, y, t));
    }

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
