using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>Sweeping the variables of a sequence written in Python with Pulser (read from its JSON).</summary>
public sealed class AnalogPointTests
{
    [Fact]
    public void A_pulser_sequence_is_swept_point_by_point_with_pulsers_verdicts()
    {
        // Pulser's JSON of a Fresnel-like min_avg_amp case: amplitude variable 'a' (Pulser refuses a = 0.2).
        var fixture = PulserFixture.Load("invalid_min_avg_amp");
        var sequence = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr);
        var name = Assert.Single(sequence.Variables).Name;
        var points = AnalogPoint.Sweep(sequence, name, [0.2, 1.0], runs: 100);
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Same(sequence, p.Sequence));
        Assert.Contains(points[0].Validate(), v => v.Message.Contains("min_avg_amp", StringComparison.Ordinal));
        Assert.Empty(points[1].Validate());
        Assert.Equal(1.0, points[1].Variables[name]);
        IAnalogExperiment experiment = points[1];
        Assert.Equal(100, experiment.Runs);
        Assert.Equal(fixture.AbstractRepr.Length > 0, experiment.Sequence.ToAbstractRepr().Contains("\"operations\"", StringComparison.Ordinal));
    }
}
