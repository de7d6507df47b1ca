using static QuantumDsl.Simulation.Tests.Rydberg.Seq;
using Segment = QuantumDsl.Simulation.Tests.Rydberg.DenseReference.Segment;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>
/// 15 atoms (2^15 amplitudes: the multi-block, multi-threaded path): one interacting pair on the first and last bit,
/// the other atoms far apart, so the exact result factorises into dense references of the pair and of single atoms.
/// </summary>
public class LargeRegisterTests
{
    private const double MockC6 = 5420158.53;

    [Fact]
    public void FifteenAtomsFactoriseIntoPairAndSingleAtomReferences()
    {
        const int n = 15;
        var positions = new double[n][];
        positions[0] = [0, 0, 0];
        positions[n - 1] = [5.5, 0, 0];
        for (var q = 1; q < n - 1; q++)
            positions[q] = [300.0 * q, 1000, 0];
        var reg = Register(positions.Select(p => (p[0], p[1])).ToArray());
        var ops = string.Join(",",
            "{\"op\":\"target\",\"channel\":\"loc\",\"target\":3}",
            Pulse(Constant(300, 7.0), Constant(300, 3.0), phase: 0.4),
            Pulse(Constant(200, 12.0), Constant(200, -5.0), phase: 1.0, channel: "loc"),
            Pulse(Constant(150, 5.0), Constant(150, 0.0), phase: 2.0));
        var actual = Probabilities(Sequence(reg, ops, channels: "{\"ryd\":\"rydberg_global\",\"loc\":\"rydberg_local\"}"));

        Segment[] Segments(int atom, int count) =>
        [
            new Segment(0.300, Fill(count, 7.0), Fill(count, 3.0), Fill(count, 0.4)),
            new Segment(0.200, Fill(count, atom == 3 ? 12.0 : 0), Fill(count, atom == 3 ? -5.0 : 0), Fill(count, 1.0)),
            new Segment(0.150, Fill(count, 5.0), Fill(count, 0.0), Fill(count, 2.0)),
        ];
        var pair = DenseReference.Probabilities([positions[0], positions[n - 1]], MockC6, Segments(0, 2));
        var singles = Enumerable.Range(0, n).Select(q => DenseReference.Probabilities([positions[q]], MockC6, Segments(q, 1))).ToArray();

        var worst = 0.0;
        for (var i = 0; i < 1 << n; i++)
        {
            int Bit(int atom) => (i >> (n - 1 - atom)) & 1;
            var expected = pair[(Bit(0) << 1) | Bit(n - 1)];
            for (var q = 1; q < n - 1; q++)
                expected *= singles[q][Bit(q)];
            worst = Math.Max(worst, Math.Abs(expected - actual[i]));
        }
        Assert.True(worst < 1e-6, $"max |ΔP| = {worst:E3}");
    }

    private static double[] Fill(int n, double value) => Enumerable.Repeat(value, n).ToArray();
}
