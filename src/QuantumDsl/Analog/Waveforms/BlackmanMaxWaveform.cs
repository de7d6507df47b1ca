namespace QuantumDsl.Analog;

/// <summary>
/// A Blackman window given by its area and peak bound (Pulser <c>blackman_max</c>, <c>BlackmanWaveform.from_max_val</c>):
/// start at ⌈|area|/(0.42·|max|)·1000⌉ ns and lengthen while the scale exceeds |max|; an odd result gives way to the
/// previous duration when that one's peak is higher but still within |max|.
/// </summary>
internal sealed class BlackmanMaxWaveform(Expr maxValue, Expr area) : Waveform
{
    public Expr MaxValue { get; } = maxValue ?? throw new ArgumentNullException(nameof(maxValue));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public override IReadOnlySet<string> VariableNames => Union(MaxValue, Area);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values)
    {
        double max = MaxValue.Evaluate(values), area = Area.Evaluate(values);
        if (Math.Sign(max) != Math.Sign(area) || double.IsNaN(max) || double.IsNaN(area))
        {
            throw ScheduleException.Rule("max_val", Violation.Format(max), $"and the area {Violation.Format(area)} must have matching signs");
        }

        var sign = Math.Sign(area);
        double a = area * sign, m = max * sign;
        var duration = BuiltWaveform.WholeNs(Math.Ceiling(a / (0.42 * m) * 1e3));
        var wf = BlackmanWaveform.Of(duration, a);
        BuiltWaveform? previous = null;
        while (BlackmanWaveform.Scaling(Window.Blackman(duration), a) > m)
        {
            duration++;
            previous = wf;
            wf = BlackmanWaveform.Of(duration, a);
        }

        if (previous is not null && duration % 2 == 1 && wf.Samples.Max() < previous.Samples.Max() && previous.Samples.Max() <= m)
        {
            wf = previous;
        }

        return sign == -1 ? BlackmanWaveform.Of(wf.Duration, area) : wf;
    }
}
