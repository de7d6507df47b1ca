using System.Text.Json;
using QuantumDsl.Simulation.Pulser;
using static QuantumDsl.Simulation.Tests.Rydberg.Seq;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>Waveform samples (Pulser's definitions) and the channel scheduling protocols.</summary>
public class WaveformAndScheduleTests
{
    private static double[] Sample(string waveform, string variables = "{}")
    {
        using var doc = JsonDocument.Parse(waveform);
        var bound = Vars(variables).ToDictionary(kv => kv.Key, kv => kv.Value.EnumerateArray().Select(x => x.GetDouble()).ToArray());
        return new WaveformSampler(new ExpressionEvaluator(bound)).Sample(doc.RootElement, "wf");
    }

    [Fact]
    public void BlackmanHasTheRequestedAreaAndBlackmanMaxStaysBelowItsPeak()
    {
        var b = Sample("""{"kind":"blackman","duration":500,"area":3.14159}""");
        Assert.Equal(500, b.Length);
        Assert.Equal(3.14159, b.Sum() * 1e-3, 1e-9);
        var m = Sample("""{"kind":"blackman_max","max_val":6.0,"area":2.5}""");
        Assert.True(m.Max() <= 6.0);
        Assert.Equal(2.5, m.Sum() * 1e-3, 1e-9);
        Assert.Equal((int)Math.Ceiling(2.5 / (0.42 * 6.0) * 1e3), m.Length, 2.0);
    }

    [Fact]
    public void RampIsALinspaceAndCompositeConcatenates()
    {
        Assert.Equal([0, 1, 2, 3, 4], Sample("""{"kind":"ramp","duration":5,"start":0,"stop":4}"""));
        var c = Sample("""{"kind":"composite","waveforms":[{"kind":"constant","duration":3,"value":1},{"kind":"custom","samples":[5,6]}]}""");
        Assert.Equal([1, 1, 1, 5, 6], c);
    }

    [Fact]
    public void InterpolatedPassesThroughItsPointsAndStaysMonotone()
    {
        var s = Sample("""{"kind":"interpolated","duration":101,"values":[0,2,10,10.5],"times":[0,0.2,0.6,1]}""");
        Assert.Equal(0, s[0], 12);
        Assert.Equal(2, s[20], 12);
        Assert.Equal(10, s[60], 12);
        Assert.Equal(10.5, s[100], 12);
        for (var k = 1; k < s.Length; k++)
            Assert.True(s[k] >= s[k - 1] - 1e-12, $"not monotone at {k}");
    }

    [Fact]
    public void KaiserHasTheRequestedArea()
    {
        var k = Sample("""{"kind":"kaiser","duration":300,"area":1.5,"beta":14}""");
        Assert.Equal(1.5, k.Sum() * 1e-3, 1e-9);
        Assert.Equal(k[0], k[^1], 12);
    }

    [Fact]
    public void ExpressionsAreElementWiseOnArrays()
    {
        var s = Sample("""{"kind":"custom","samples":{"expression":"add","lhs":{"expression":"mul","lhs":{"variable":"v"},"rhs":2},"rhs":{"expression":"sqrt","lhs":[4,9,16]}}}""",
            """{"v":[1,2,3]}""");
        Assert.Equal([4, 7, 10], s);
    }

    [Theory]
    [InlineData("min-delay", 300)]
    [InlineData("no-delay", 0)]
    [InlineData("wait-for-all", 300)]
    public void ProtocolsPlaceALocalPulseAfterOrOverAGlobalOne(string protocol, int expectedStart)
    {
        var json = Sequence(Register((0, 0), (10, 0)),
            "{\"op\":\"target\",\"channel\":\"loc\",\"target\":1}," + Pulse(Constant(300, 1), Constant(300, 0)) + ","
            + Pulse(Constant(100, 2), Constant(100, 0), channel: "loc", protocol: protocol),
            channels: "{\"ryd\":\"rydberg_global\",\"loc\":\"rydberg_local\"}");
        var samples = Build(json);
        var onAtom1 = samples.DriveRe[1];
        var start = Array.FindIndex(onAtom1, x => x > 1.5);
        Assert.Equal(expectedStart, start);
        Assert.Equal(expectedStart + 100, Array.FindLastIndex(onAtom1, x => x > 1.5) + 1);
    }

    [Fact]
    public void MinDelayDoesNotWaitForPulsesOnOtherAtomsButWaitForAllDoes()
    {
        string Json(string protocol) => Sequence(Register((0, 0), (10, 0)),
            "{\"op\":\"target\",\"channel\":\"a\",\"target\":0},{\"op\":\"target\",\"channel\":\"b\",\"target\":1},"
            + Pulse(Constant(300, 1), Constant(300, 0), channel: "a") + "," + Pulse(Constant(100, 2), Constant(100, 0), channel: "b", protocol: protocol),
            channels: "{\"a\":\"rydberg_local\",\"b\":\"rydberg_local\"}");
        Assert.Equal(0, Array.FindIndex(Build(Json("min-delay")).DriveRe[1], x => x > 0));
        Assert.Equal(300, Array.FindIndex(Build(Json("wait-for-all")).DriveRe[1], x => x > 0));
    }

    [Fact]
    public void AlignDelaysTheShorterChannelAndDurationsRoundUpToTheClock()
    {
        // AnalogDevice-like clock 4 ns: a 101 ns constant pulse becomes 104 ns.
        var json = Sequence(Register((0, 0)), Pulse(Constant(101, 1), Constant(101, 0)), device: "\"AnalogDevice\"");
        Assert.Equal(104, Build(json).DurationNs);
        var aligned = Sequence(Register((0, 0), (10, 0)),
            "{\"op\":\"target\",\"channel\":\"loc\",\"target\":0}," + Pulse(Constant(300, 1), Constant(300, 0)) + ","
            + "{\"op\":\"align\",\"channels\":[\"ryd\",\"loc\"]}," + Pulse(Constant(50, 2), Constant(50, 0), channel: "loc", protocol: "no-delay"),
            channels: "{\"ryd\":\"rydberg_global\",\"loc\":\"rydberg_local\"}");
        Assert.Equal(300, Array.FindIndex(Build(aligned).DriveRe[0], x => x > 1.5));
    }

    private static DriveSamples Build(string json)
    {
        var seq = PulserSequence.Parse(json);
        return SequenceScheduler.Build(seq, new ExpressionEvaluator(new Dictionary<string, double[]>()), seq.QubitIds.Count, CancellationToken.None);
    }
}
