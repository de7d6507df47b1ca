namespace QuantumDsl.Analog;

/// <summary>
/// A Kaiser window given by its area and peak bound (Pulser <c>kaiser_max</c>, <c>KaiserWaveform.from_max_val</c>):
/// the duration whose peak comes closest to |max| without passing it (every duration 1..15 tried for short pulses).
/// </summary>
internal sealed class KaiserMaxWaveform(Expr maxValue, Expr area, Expr beta) : Waveform
{
    public Expr MaxValue { get; } = maxValue ?? throw new ArgumentNullException(nameof(maxValue));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public Expr Beta { get; } = beta ?? throw new ArgumentNullException(nameof(beta));

    public override IReadOnlySet<string> VariableNames => Union(MaxValue, Area, Beta);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values)
    {
        double max = MaxValue.Evaluate(values), area = Area.Evaluate(values), beta = Beta.Evaluate(values);
        if (Math.Sign(max) != Math.Sign(area) || double.IsNaN(max) || double.IsNaN(area))
        {
            throw ScheduleException.Rule("max_val", Violation.Format(max), $"and the area {Violation.Format(area)} must have matching signs");
        }

        double a = Math.Abs(area), m = area < 0 ? -max : max;
        var ratio = m * Window.Sum(Window.Kaiser(100, beta)) / 100;
        var guess = (int)Math.Truncate(a * 1000.0 / ratio);
        var best = 0;
        if (guess < 11)
        {
            var bestMax = 0.0;
            for (var d = 1; d < 16; d++)
            {
                var peak = Peak(d, a, beta);
                if (bestMax < peak && peak <= m)
                {
                    bestMax = peak;
                    best = d;
                }
            }
        }
        else
        {
            var peak = Peak(guess, a, beta);
            var step = peak >= m ? 1 : -1;
            var d = guess;
            while (Math.Sign(peak - m) == step)
            {
                d += step;
                peak = Peak(d, a, beta);
            }

            best = step == 1 ? d : d + 1;
        }

        return KaiserWaveform.Of(BuiltWaveform.WholeNs(best), area, KaiserWaveform.CheckBeta(beta));
    }

    private static double Peak(int n, double area, double beta)
    {
        var w = Window.Kaiser(n, beta);
        return w.Max() * (1000 * area / Window.Sum(w));
    }
}
