using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Running;

// 25 atoms: valid on AnalogDevice (80 atoms) and on EMU_MPS (no atom limit at submission), but one more than the
// emulator's state-vector engine holds (24 atoms, its memory cap), so every job fails in the engine.
[AnalogExperiment("AnalogDevice", Runs = 50)]
public partial class TwentyFiveAtoms
{
    [Param(Min = 0, Max = 12.566, Unit = "rad/us")]
    [Points(1, 2)]
    public double OmegaMax { get; init; }

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Rectangle(rows: 5, columns: 5, spacingUm: 6))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 100, amplitude: v.OmegaMax, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>
/// An analog job the service accepts but the emulator's engine cannot run ends ERROR with the engine's reason in the
/// job's <c>errors</c>, and <c>RunAsync</c> gives that reason for each point.
/// </summary>
public sealed class AnalogEngineFailureTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Reason = "register: 25 exceeds the maximum 24";

    [Fact]
    public async Task A_job_the_engine_cannot_run_gives_each_point_the_engines_reason()
    {
        var run = new SweepRunOptions
        {
            JournalDirectory = emulator.JournalDirectory,
            RunName = Guid.NewGuid().ToString(),
            PasqalDeviceType = PasqalDeviceTypes.EmuMps,
        };
        using var client = emulator.Client(run);

        var results = await TwentyFiveAtoms.Sweep.RunAsync(client);

        Assert.Equal(2, results.Count);
        foreach (var point in results)
        {
            Assert.False(point.Succeeded);
            var failure = point.Failure!;
            Assert.Equal("ERROR", failure.Status);
            Assert.Equal(PasqalJobStatus.Error, failure.Status?.PasqalStatus);
            Assert.Contains(Reason, failure.Reason, StringComparison.Ordinal);
            var job = await client.Pasqal.GetJobAsync(failure.JobId!);
            Assert.Equal(PasqalJobStatus.Error, job.Status);
            Assert.Equal(failure.Reason, Assert.Single(job.Errors!));
        }

        var error = Assert.Throws<InvalidOperationException>(() => results.EnsureAllSucceeded());
        Assert.Contains(Reason, error.Message, StringComparison.Ordinal);
    }
}
