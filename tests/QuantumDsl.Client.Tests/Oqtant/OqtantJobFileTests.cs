using System.Text.Json.Nodes;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Oqtant;

/// <summary>Job files written by the Python client parse without a server, and files we write match them key for key.</summary>
public sealed class OqtantJobFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qdsl-jobfile-").FullName;

    private static string Hardware => Path.Combine(Fixtures.Root, "oqtant", "FS_hold_time_0_rep_0.txt");

    private static string Simulator => Path.Combine(Fixtures.Root, "oqtant", "DarkSolitonCollectiveTOF.txt");

    [Fact]
    public async Task A_hardware_job_file_parses_with_inputs_outputs_and_images()
    {
        var job = await OqtantJobFile.ReadAsync(Hardware);

        Assert.Equal("FS_hold_time_0_rep_0", job.Name);
        Assert.Equal("4e02f2eb-1687-43ad-b9c8-f46667a04373", job.ExternalId);
        Assert.Equal(JobStatus.Complete, job.Status);
        Assert.Equal(JobType.Paint1D, job.JobType);
        Assert.Equal("OQTAPI", job.Origin);
        var input = Assert.Single(job.Inputs);
        Assert.Equal(202145, input.JobId);
        Assert.Equal(40.0, input.Values.EndTimeMs);
        Assert.Equal(2, input.Values.OpticalBarriers!.Count);
        Assert.Equal(204137, input.Output!.InputId);
        var output = Assert.IsType<NonPlotOutput>(input.Output.Values);
        Assert.Equal((100, 100, 4.4), (output.TofImage.Rows, output.TofImage.Columns, output.TofImage.Pixcal!.Value));
        Assert.Equal(10_000, output.TofImage.Pixels.Count);
        Assert.Equal(352 * 217, output.MotFluorescenceImage.Pixels.Count);
        Assert.Equal(132.0, output.TofFit.X0);
        Assert.Equal(100, output.TofXSlice.Points.Count);
    }

    [Fact]
    public async Task A_simulator_job_file_without_ids_parses()
    {
        var job = await OqtantJobFile.ReadAsync(Simulator);
        Assert.Null(job.ExternalId);
        Assert.Null(job.Origin);
        Assert.Equal(JobStatus.Complete, job.Status);
        Assert.IsType<NonPlotOutput>(Assert.Single(job.Inputs).Output!.Values);
    }

    [Theory]
    [InlineData("FS_hold_time_0_rep_0.txt")]
    [InlineData("DarkSolitonCollectiveTOF.txt")]
    public async Task Writing_a_read_job_gives_the_same_json_keys_in_the_same_order_and_the_same_values(string file)
    {
        var original = Path.Combine(Fixtures.Root, "oqtant", file);
        var job = await OqtantJobFile.ReadAsync(original);
        var copy = Path.Combine(_dir, file);
        await OqtantJobFile.WriteAsync(job, copy);

        var text = await File.ReadAllTextAsync(copy);
        Assert.DoesNotContain('\n', text);
        AssertSameJson(JsonNode.Parse(await File.ReadAllTextAsync(original)), JsonNode.Parse(text), "$");
        Assert.Equal(job.ExternalId, (await OqtantJobFile.ReadAsync(copy)).ExternalId);
    }

    [Fact]
    public async Task Writing_never_overwrites_an_existing_file()
    {
        var job = await OqtantJobFile.ReadAsync(Simulator);
        var path = Path.Combine(_dir, "taken.txt");
        await File.WriteAllTextAsync(path, "keep me");
        var e = await Assert.ThrowsAsync<IOException>(() => OqtantJobFile.WriteAsync(job, path));
        Assert.Contains("File already exists", e.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task A_broken_file_names_the_file_and_the_json_path()
    {
        var path = Path.Combine(_dir, "broken.txt");
        await File.WriteAllTextAsync(path, """{"name":"x","status":"DONE?","inputs":[]}""");
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => OqtantJobFile.ReadAsync(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("$.status", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_names_follow_the_python_client()
    {
        var job = await OqtantJobFile.ReadAsync(Hardware);
        Assert.Equal("4e02f2eb-1687-43ad-b9c8-f46667a04373.txt", OqtantJobFile.DefaultFileName(job));
        Assert.Equal("scan.txt", OqtantJobFile.DefaultFileName(job, "scan.txt"));
        var multi = job with { InputCount = 3, Inputs = [job.Inputs[0] with { Run = 2 }] };
        Assert.Equal("4e02f2eb-1687-43ad-b9c8-f46667a04373_run_2_of_3.txt", OqtantJobFile.DefaultFileName(multi));
    }

    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.Equal(e.Select(kv => kv.Key), a.Select(kv => kv.Key));
                foreach (var (key, value) in e)
                {
                    AssertSameJson(value, a[key], path + "." + key);
                }

                break;
            case JsonArray e:
                var arr = Assert.IsType<JsonArray>(actual);
                Assert.Equal(e.Count, arr.Count);
                for (var i = 0; i < e.Count; i++)
                {
                    AssertSameJson(e[i], arr[i], $"{path}[{i}]");
                }

                break;
            default:
                var ev = expected.AsValue();
                if (ev.TryGetValue<double>(out var number))
                {
                    Assert.True(actual!.AsValue().TryGetValue<double>(out var got) && got == number, $"{path}: {number} != {actual.ToJsonString()}");
                }
                else if (ev.TryGetValue<DateTime>(out var time))
                {
                    // Python writes 6 fraction digits, System.Text.Json trims trailing zeros: same instant, both parse.
                    Assert.Equal(time, actual!.AsValue().GetValue<DateTime>());
                }
                else
                {
                    Assert.Equal(expected.ToJsonString(), actual!.ToJsonString());
                }

                break;
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
