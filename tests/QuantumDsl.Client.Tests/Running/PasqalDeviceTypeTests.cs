using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Running;

// Twelve atoms: more than EMU_FREE (the default device type of analog sweeps) emulates.
[AnalogExperiment("AnalogDevice", Runs = 50)]
public partial class TwelveAtoms
{
    [Param(Min = 0, Max = 12.566, Unit = "rad/us")]
    [Points(1, 2)]
    public double OmegaMax { get; init; }

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 12, spacingUm: 6))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 100, amplitude: v.OmegaMax, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>Analog sweeps run on EMU_FREE unless told otherwise; its atom limit error says how to choose another device.</summary>
public sealed class PasqalDeviceTypeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_register_too_large_for_the_default_EMU_FREE_says_which_option_changes_the_device_and_that_option_works()
    {
        Assert.Equal(PasqalDeviceTypes.EmuFree, SweepRunOptions.DefaultPasqalDeviceType);
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString() };
        using var client = emulator.Client(run);

        var error = await Assert.ThrowsAsync<QuantumServiceException>(() => TwelveAtoms.Sweep.RunAsync(client));
        Assert.Contains("the register has 12 atoms; EMU_FREE accepts at most 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("analog sweeps run on EMU_FREE unless SweepRunOptions.PasqalDeviceType names another device type, e.g. EMU_MPS", error.Message, StringComparison.Ordinal);

        using var mps = emulator.Client(run with { PasqalDeviceType = PasqalDeviceTypes.EmuMps });
        var results = await TwelveAtoms.Sweep.RunAsync(mps);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Equal("EMU_MPS", (await mps.Pasqal.GetBatchAsync(results[0].Output!.BatchId)).Value.DeviceType);
    }
}
