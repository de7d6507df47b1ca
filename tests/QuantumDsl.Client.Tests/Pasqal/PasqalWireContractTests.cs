using System.Text.Json;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>The status names are written once: the JSON names of the shared enums are the wire names the emulator stores.</summary>
public sealed class PasqalWireContractTests
{
    [Fact]
    public void Every_status_serializes_to_its_wire_name_and_back()
    {
        foreach (var status in Enum.GetValues<PasqalBatchStatus>())
        {
            Assert.Equal($"\"{PasqalWireNames.Of(status)}\"", JsonSerializer.Serialize(status, PasqalJsonContext.Default.PasqalBatchStatus));
            Assert.Equal(status, PasqalWireNames.BatchStatus(PasqalWireNames.Of(status)));
        }

        foreach (var status in Enum.GetValues<PasqalJobStatus>())
        {
            Assert.Equal($"\"{PasqalWireNames.Of(status)}\"", JsonSerializer.Serialize(status, PasqalJsonContext.Default.PasqalJobStatus));
            Assert.Equal(status, PasqalWireNames.JobStatus(PasqalWireNames.Of(status)));
        }

        foreach (var status in Enum.GetValues<PasqalWorkloadStatus>())
        {
            Assert.Equal($"\"{PasqalWireNames.Of(status)}\"", JsonSerializer.Serialize(status, PasqalJsonContext.Default.PasqalWorkloadStatus));
            Assert.Equal(status, PasqalWireNames.WorkloadStatus(PasqalWireNames.Of(status)));
        }
    }

    [Fact]
    public void An_unknown_wire_status_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PasqalWireNames.JobStatus("FINISHED"));
        Assert.Contains("'FINISHED' is not a job status (PENDING, RUNNING, DONE, ERROR, CANCELED, CANCELING, PAUSED)", error.Message, StringComparison.Ordinal);
    }
}
