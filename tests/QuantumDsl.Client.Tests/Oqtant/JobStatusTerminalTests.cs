using QuantumDsl.Client.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Oqtant;

public sealed class JobStatusTerminalTests
{
    [Fact]
    public void An_oqtant_job_status_is_terminal_exactly_for_complete_failed_incomplete_and_cancelled_and_the_obsolete_static_agrees()
    {
        var terminal = Enum.GetValues<JobStatus>().Where(s => s.IsTerminal()).ToList();

        Assert.Equal([JobStatus.Complete, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Incomplete], terminal);
#pragma warning disable CS0618 // the forwarder under test
        Assert.All(Enum.GetValues<JobStatus>(), s => Assert.Equal(s.IsTerminal(), OqtantClient.IsTerminal(s)));
#pragma warning restore CS0618
    }
}
