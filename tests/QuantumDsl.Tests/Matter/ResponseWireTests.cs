using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class ResponseWireTests
{
    [Theory]
    [InlineData("""{"job_id":"f4620dd4-6bc6-4de5-8865-ea23d74e2c22","queue_position":3,"est_time":12}""", "12")]
    [InlineData("""{"job_id":"f4620dd4-6bc6-4de5-8865-ea23d74e2c22","queue_position":3,"est_time":"about 5 minutes"}""", "about 5 minutes")]
    [InlineData("""{"job_id":"f4620dd4-6bc6-4de5-8865-ea23d74e2c22","queue_position":3,"est_time":null}""", null)]
    public void Create_response_reads_est_time_as_number_or_string_and_writes_it_back(string json, string? estTime)
    {
        var response = JsonSerializer.Deserialize(json, OqtantJsonContext.Default.JobCreateResponse)!;

        Assert.Equal("f4620dd4-6bc6-4de5-8865-ea23d74e2c22", response.JobId);
        Assert.Equal(3, response.QueuePosition);
        Assert.Equal(estTime, response.EstTime);
        Assert.Equal(json, JsonSerializer.Serialize(response, OqtantJsonContext.Default.JobCreateResponse));
    }

    [Fact]
    public void Job_limits_use_the_latest_shape()
    {
        const string json = """{"daily_limit":100,"daily_remaining":99,"standard_credits":100,"priority_credits":36}""";

        var limits = JsonSerializer.Deserialize(json, OqtantJsonContext.Default.JobLimits)!;

        Assert.Equal((100, 99, 100, 36), (limits.DailyLimit, limits.DailyRemaining, limits.StandardCredits, limits.PriorityCredits));
        Assert.Equal(json, JsonSerializer.Serialize(limits, OqtantJsonContext.Default.JobLimits));
    }

    [Fact]
    public void Search_page_reads_items_with_or_without_inputs()
    {
        const string json = """
            {"items":[
              {"name":"a","job_type":"BEC","status":"COMPLETE","external_id":"1","time_submit":"2024-07-24T16:52:25.172192Z"},
              {"name":"b","job_type":"BARRIER","status":"PENDING","external_id":"2","time_submit":"2024-07-24T16:53:25Z","input_count":1,
               "inputs":[{"job_id":1,"run":1,"values":{"end_time_ms":6.0,"image_type":"IN_TRAP","time_of_flight_ms":8.0,
                 "rf_evaporation":{"times_ms":[-1100,0],"frequencies_mhz":[21.12,0.02],"powers_mw":[600.0,400.0],"interpolation":"LINEAR"},
                 "optical_barriers":null,"optical_landscape":null,"lasers":null},"output":null,"notes":null}]}]}
            """;

        var page = JsonSerializer.Deserialize(json, OqtantJsonContext.Default.JobSearchPage)!;

        Assert.Equal(2, page.Items.Count);
        Assert.Null(page.Items[0].Inputs);
        Assert.Equal(JobStatus.Pending, page.Items[1].Status);
        Assert.Equal(ImageType.InTrap, Assert.Single(page.Items[1].Inputs!).Values.ImageType);
    }

    [Theory]
    [InlineData(JobStatus.Pending, "PENDING")]
    [InlineData(JobStatus.Running, "RUNNING")]
    [InlineData(JobStatus.Complete, "COMPLETE")]
    [InlineData(JobStatus.Failed, "FAILED")]
    [InlineData(JobStatus.Cancelled, "CANCELLED")]
    [InlineData(JobStatus.Incomplete, "INCOMPLETE")]
    public void Statuses_use_their_wire_names(JobStatus status, string wire) =>
        Assert.Equal(status, JsonSerializer.Deserialize($"\"{wire}\"", OqtantJsonContext.Default.JobStatus));

    [Theory]
    [InlineData(JobType.Bec, "BEC")]
    [InlineData(JobType.Barrier, "BARRIER")]
    [InlineData(JobType.Bragg, "BRAGG")]
    [InlineData(JobType.Atomtronic1D, "ATOMTRONIC_1D")]
    [InlineData(JobType.Paint1D, "PAINT_1D")]
    public void Job_types_use_their_wire_names(JobType type, string wire) =>
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(type, OqtantJsonContext.Default.JobType));

    [Fact]
    public void Post_body_parses_back_into_the_request_and_the_job()
    {
        var job = MatterJob.Create("round trip", [Fixtures.Input(Fixtures.Bec() with { OpticalBarriers = [Fixtures.Barrier()] }, "n")]);

        var request = JsonSerializer.Deserialize(job.ToJson(), OqtantJsonContext.Strict.JobCreateRequest)!;
        var again = MatterJob.FromRequest(request);

        Assert.Equal(JobType.Barrier, request.JobType);
        Assert.Equal(job.ToJson(), again.ToJson());
    }
}
