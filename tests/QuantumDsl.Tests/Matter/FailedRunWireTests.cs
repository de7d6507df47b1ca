using System.Text.Json.Nodes;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>A failed run's <c>errors</c> on the wire: read from responses, written only when present, not part of a definition.</summary>
public sealed class FailedRunWireTests
{
    private const string FailedRun =
        """{"name":"holds","status":"INCOMPLETE","input_count":2,"failed_inputs":[2],"inputs":[{"job_id":7,"run":2,"values":""";

    [Fact]
    public void A_failed_runs_errors_are_read_and_written_back_and_a_run_without_them_has_no_key()
    {
        var values = JsonNode.Parse(Fixtures.BecFixtureJson)!["inputs"]![0]!["values"]!.ToJsonString();
        var job = OqtantJob.Parse(FailedRun + values + ""","output":null,"notes":null,"errors":["end_time_ms 12 needs 2400 GPE time steps"]}]}""");

        Assert.Equal(["end_time_ms 12 needs 2400 GPE time steps"], job.Inputs[0].Errors);
        Assert.Contains("\"errors\":[\"end_time_ms 12 needs 2400 GPE time steps\"]", job.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", (job with { Inputs = [job.Inputs[0] with { Errors = null }] }).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_file_with_failed_runs_reads_back_as_a_definition_without_its_results()
    {
        var values = JsonNode.Parse(Fixtures.BecFixtureJson)!["inputs"]![0]!["values"]!.ToJsonString();
        var file = """{"name":"again","job_type":"BEC","inputs":[{"job_id":7,"run":1,"values":""" + values
            + ""","output":null,"notes":null,"errors":["run failed"]}]}""";

        var job = MatterJob.FromJson(file);

        Assert.Single(job.Inputs);
        Assert.DoesNotContain("errors", job.ToJson(), StringComparison.Ordinal);
    }
}
