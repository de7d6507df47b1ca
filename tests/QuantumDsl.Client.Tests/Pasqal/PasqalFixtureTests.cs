using System.Text.Json;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>Every recorded Pasqal body parses into the client's wire records, with the values the fixture holds.</summary>
public sealed class PasqalFixtureTests
{
    public static TheoryData<string> Bodies => new(Fixtures.AllPasqalBodies());

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_fixture_body_parses(string relativePath)
    {
        var json = File.ReadAllText(Path.Combine(Fixtures.PasqalRoot, relativePath));
        var ctx = PasqalJsonContext.Default;
        object? parsed = relativePath switch
        {
            _ when relativePath.EndsWith("results_link/result.json", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.PasqalJobResult),
            _ when relativePath.Contains("results_link", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalResultsLink)!.Data,
            _ when relativePath.Contains("devices/public-specs", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendListPasqalDeviceSpecs)!.Data,
            _ when relativePath.Contains("devices/specs", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendDictionaryStringString)!.Data,
            _ when relativePath.Contains("batches/cancel/", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalBatchCancellation)!.Data,
            _ when relativePath.Contains("cancel/jobs/", StringComparison.Ordinal) || relativePath.EndsWith("cancel/_.PUT.json", StringComparison.Ordinal) && relativePath.Contains("batches", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalJobCancellation)!.Data,
            _ when relativePath.Contains("workloads", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalWorkloadInfo)!.Data,
            _ when relativePath.EndsWith("batches/_.GET.json", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendListPasqalBatchInfo)!.Data,
            _ when relativePath.EndsWith("jobs/_.GET.json", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendListPasqalJobInfo)!.Data,
            _ when relativePath.Contains("/batches/", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalBatchInfo)!.Data,
            _ when relativePath.Contains("/jobs/", StringComparison.Ordinal) => JsonSerializer.Deserialize(json, ctx.JSendPasqalJobInfo)!.Data,
            _ => throw new InvalidOperationException("No parser mapped for fixture " + relativePath),
        };

        Assert.NotNull(parsed);
        switch (parsed)
        {
            case PasqalBatchInfo b:
                Assert.StartsWith("00000000-0000-0000-0000-00000000000", b.Id, StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(b.ProjectId));
                break;
            case PasqalJobInfo j:
                Assert.False(string.IsNullOrEmpty(j.BatchId));
                break;
            case List<PasqalBatchInfo> list:
                Assert.NotEmpty(list);
                break;
            case List<PasqalJobInfo> list:
                Assert.NotEmpty(list);
                break;
        }
    }

    [Fact]
    public void Create_response_keeps_jobs_variables_configuration_and_tags()
    {
        var data = Parse(PasqalJsonContext.Default.JSendPasqalBatchInfo, "api/v1/batches/_.POST.json");
        Assert.Equal(PasqalBatchStatus.Pending, data.Status);
        Assert.Equal(["test"], data.Tags);
        Assert.Equal(10.0, data.Configuration!.Value.GetProperty("dt").GetDouble());
        var job = Assert.Single(data.Jobs!);
        Assert.Equal(50, job.Runs);
        Assert.Equal(14.4, job.Variables!["Omega_max"].GetDouble());
        Assert.Equal("q1", job.Variables["last_target"].GetString());
        Assert.Equal(2, job.Variables["ts"].GetArrayLength());
    }

    [Fact]
    public void Cancellations_carry_per_item_errors()
    {
        var jobs = Parse(PasqalJsonContext.Default.JSendPasqalJobCancellation, "api/v2/batches/00000000-0000-0000-0000-000000000001/cancel/jobs/_.PATCH.json");
        Assert.Equal(2, jobs.Jobs.Count);
        Assert.All(jobs.Jobs, j => Assert.Equal(PasqalJobStatus.Canceled, j.Status));
        Assert.Equal("Error could not be cancelled", jobs.Errors["00000000-0000-0000-0000-000000000003"]);
        var batches = Parse(PasqalJsonContext.Default.JSendPasqalBatchCancellation, "api/v1/batches/cancel/_.PATCH.json");
        Assert.Equal(2, batches.Batches.Count);
        Assert.Empty(batches.Errors);
    }

    [Fact]
    public void Workloads_carry_status_and_an_inline_result_or_a_result_link()
    {
        var inline = Parse(PasqalJsonContext.Default.JSendPasqalWorkloadInfo, "api/v2/workloads/00000000-0000-0000-0000-000000000001/_.GET.json");
        Assert.Equal(PasqalWorkloadStatus.Done, inline.Status);
        Assert.Equal(12, inline.Result!.Value.GetProperty("1001").GetInt32());
        var linked = Parse(PasqalJsonContext.Default.JSendPasqalWorkloadInfo, "api/v2/workloads/00000000-0000-0000-0000-000000000002/_.GET.json");
        Assert.Null(linked.Result);
        Assert.Equal("http://result-link/00000000-0000-0000-0000-000000000002", linked.ResultLink);
        var canceled = Parse(PasqalJsonContext.Default.JSendPasqalWorkloadInfo, "api/v1/workloads/00000000-0000-0000-0000-000000000001/cancel/_.PUT.json");
        Assert.Equal(PasqalWorkloadStatus.Canceled, canceled.Status);
        Assert.Equal("test1", canceled.Config.GetProperty("test1").GetString());
    }

    [Fact]
    public void Job_results_are_bitstring_counts()
    {
        var json = File.ReadAllText(Path.Combine(Fixtures.PasqalRoot, "api/v1/jobs/00000000-0000-0000-0000-000000022010/results_link/result.json"));
        var result = JsonSerializer.Deserialize(json, PasqalJsonContext.Default.PasqalJobResult)!;
        Assert.Equal(35, result.Counter["0110"]);
        Assert.Equal(5, result.Raw!.Count);
    }

    private static T Parse<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<JSend<T>> type, string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(Fixtures.PasqalRoot, path)), type)!.Data!;
}
