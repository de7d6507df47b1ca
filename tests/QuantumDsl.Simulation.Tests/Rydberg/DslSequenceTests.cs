using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;
using Segment = QuantumDsl.Simulation.Tests.Rydberg.DenseReference.Segment;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>A sequence written by QuantumDsl's own <see cref="SequenceBuilder"/> runs on the engine and matches the dense reference.</summary>
public class DslSequenceTests
{
    [Fact]
    public void DslSequenceWithAVariableMatchesTheDenseReference()
    {
        var omega = Variable.Float("omega");
        var sequence = new SequenceBuilder("AnalogDevice")
            .DeclareVariable(omega)
            .Register(Register.Line(count: 2, spacingUm: 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(durationNs: 800, amplitude: omega, detuning: 3.0, phase: 0.7), "ryd")
            .Add(Pulse.Constant(durationNs: 400, amplitude: omega * 0.5, detuning: -8.0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
        var result = RydbergEmulator.Run(sequence, new Dictionary<string, double[]> { ["omega"] = [6.0] }, null, 200, 9, CancellationToken.None,
            new RydbergOptions { IncludeProbabilities = true });

        // The phase changes (0.7 → 0): Pulser waits phase_jump_time (170 ns) + the first pulse's fall time (170 ns)
        // on AnalogDevice's rydberg_global, with no drive, before the second pulse.
        double[][] positions = [[-3, 0, 0], [3, 0, 0]];
        var expected = DenseReference.Probabilities(positions, 865723.02,
        [
            new Segment(0.8, [6.0, 6.0], [3.0, 3.0], [0.7, 0.7]),
            new Segment(0.34, [0, 0], [0, 0], [0, 0]),
            new Segment(0.4, [3.0, 3.0], [-8.0, -8.0], [0, 0]),
        ]);
        Assert.Equal(1540, result.DurationNs);
        Assert.True(expected.Zip(result.Probabilities!, (a, b) => Math.Abs(a - b)).Max() < 1e-6);
    }
}
