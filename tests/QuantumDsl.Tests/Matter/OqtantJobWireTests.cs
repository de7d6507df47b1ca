using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class OqtantJobWireTests
{
    private static readonly string[] FileKeyOrder =
        ["name", "origin", "status", "display", "time_start", "time_complete", "qpu_name", "input_count", "inputs", "external_id", "time_submit", "job_type"];

    [Theory]
    [InlineData(JobFileSamples.TimeOfFlight)]
    [InlineData(JobFileSamples.InTrap)]
    public void Job_files_round_trip_with_the_same_values_and_key_order(string file)
    {
        var written = OqtantJob.Parse(file).ToJson();

        using var original = JsonDocument.Parse(file);
        using var again = JsonDocument.Parse(written);
        Assert.True(JsonElement.DeepEquals(original.RootElement, again.RootElement), written);
        Assert.Equal(KeyPaths(original.RootElement), KeyPaths(again.RootElement));
        Assert.Equal(FileKeyOrder, again.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain('\n', written);
    }

    [Fact]
    public void Time_of_flight_output_reads_as_non_plot_output()
    {
        var job = JsonSerializer.Deserialize(JobFileSamples.TimeOfFlight, OqtantJsonContext.Default.OqtantJob)!;

        Assert.Equal(JobStatus.Complete, job.Status);
        Assert.Equal(JobType.Paint1D, job.JobType);
        Assert.Equal("f4620dd4-6bc6-4de5-8865-ea23d74e2c22", job.ExternalId);
        Assert.Equal(new DateTime(2024, 7, 24, 16, 52, 25, 172, 192, DateTimeKind.Utc), job.TimeSubmit);
        var input = Assert.Single(job.Inputs);
        Assert.Equal(202877, input.JobId);
        Assert.Equal(204869, input.Output!.InputId);
        var output = Assert.IsType<NonPlotOutput>(input.Output.Values);
        Assert.Equal((352, 217, 6), (output.MotFluorescenceImage.Rows, output.MotFluorescenceImage.Columns, output.MotFluorescenceImage.Pixels.Count));
        Assert.Equal(4.4, output.TofImage.Pixcal);
        Assert.Equal(1.62, output.TofImage.Pixels[4]);
        Assert.Equal(131, output.TofFit.X0);
        Assert.Equal(3, output.TofXSlice.Points.Count);
        Assert.Equal(new ChartPoint(1, 1.62), output.TofYSlice.Points[1]);
        Assert.Equal((412345, 51234, 20111, 31123, 87),
            (output.TotalMotAtomNumber, output.TofAtomNumber, output.ThermalAtomNumber, output.CondensedAtomNumber, output.TemperatureNk));
        Assert.Equal(Math.Round(31123.0 / (31123 + 20111), 3), output.CondensedFraction);
    }

    [Fact]
    public void In_trap_output_reads_as_plot_output_keeping_its_declared_size()
    {
        var job = JsonSerializer.Deserialize(JobFileSamples.InTrap, OqtantJsonContext.Default.OqtantJob)!;

        var input = Assert.Single(job.Inputs);
        Assert.Equal(3, job.InputCount);
        Assert.Equal(2, input.Run);
        Assert.Equal("second run", input.Notes);
        var plot = Assert.IsType<PlotOutput>(input.Output!.Values).ItPlot;
        Assert.Equal((148, 503, 0.344, 6), (plot.Rows, plot.Columns, plot.Pixcal, plot.Pixels.Count));
        Assert.Equal(BarrierShape.Native, input.Values.OpticalBarriers![1].Shape);
        Assert.Equal([5, 6], input.Values.Lasers![0].Pulses[0].TimesMs);
    }

    [Theory]
    [InlineData(JobFileSamples.TimeOfFlight, JobType.Paint1D)]
    [InlineData(JobFileSamples.InTrap, JobType.Barrier)]
    public void A_job_file_is_a_valid_job_definition(string file, JobType type)
    {
        var job = MatterJob.FromJson(file);

        Assert.Equal(type, job.JobType);
        Assert.Empty(job.Inputs[0].Validate());
    }

    [Fact]
    public void Get_response_extras_are_kept_and_written_back_after_the_file_keys()
    {
        var response = JobFileSamples.InTrap[..^1] + ""","failed_inputs":[3],"paid":false,"qpu":"BIGBERT"}""";

        var job = JsonSerializer.Deserialize(response, OqtantJsonContext.Strict.OqtantJob)!;
        var written = JsonSerializer.Serialize(job, OqtantJsonContext.Default.OqtantJob);

        Assert.Equal([3], job.FailedInputs!);
        Assert.False(job.Paid);
        Assert.Equal("BIGBERT", job.Qpu);
        Assert.EndsWith("""
            "job_type":"BARRIER","failed_inputs":[3],"paid":false,"qpu":"BIGBERT"}
            """, written, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ignores_keys_of_newer_service_versions_and_rejects_null()
    {
        var job = OqtantJob.Parse(JobFileSamples.InTrap[..^1] + ""","priority":"HIGH"}""");

        Assert.Equal("LongOnlyExpt_it", job.Name);
        Assert.DoesNotContain("priority", job.ToJson(), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => OqtantJob.Parse("null"));
    }

    [Fact]
    public void Simulator_jobs_with_null_envelope_fields_round_trip()
    {
        var file = JobFileSamples.InTrap.Replace("\"origin\":\"OQTAPI\"", "\"origin\":null", StringComparison.Ordinal)
            .Replace("\"input_count\":3", "\"input_count\":null", StringComparison.Ordinal)
            .Replace("\"external_id\":\"ffa72f84-30c9-4ab2-a451-c7070bef8255\"", "\"external_id\":null", StringComparison.Ordinal)
            .Replace("\"time_submit\":\"2024-08-20T17:17:54.046250Z\"", "\"time_submit\":null", StringComparison.Ordinal);

        var job = JsonSerializer.Deserialize(file, OqtantJsonContext.Default.OqtantJob)!;

        Assert.Null(job.Origin);
        Assert.Null(job.ExternalId);
        Assert.Contains("\"origin\":null,", JsonSerializer.Serialize(job, OqtantJsonContext.Default.OqtantJob), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-08-20T17:17:54.046250Z")]
    [InlineData("2024-08-20T17:17:54Z")]
    [InlineData("2024-08-20T17:17:54.000001")]
    public void Timestamps_are_written_as_the_service_writes_them(string timestamp)
    {
        var file = JobFileSamples.InTrap.Replace("2024-08-20T17:17:54.046250Z", timestamp, StringComparison.Ordinal);

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(file, OqtantJsonContext.Default.OqtantJob)!, OqtantJsonContext.Default.OqtantJob);

        Assert.Contains($"\"time_submit\":\"{timestamp}\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_images_keep_their_declared_size_and_all_pixels()
    {
        var json = """{"pixels":[0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0],"rows":2,"columns":2,"pixcal":1.0}""";

        var image = JsonSerializer.Deserialize(json, OqtantJsonContext.Default.Image)!;

        Assert.Equal((2, 2, 10), (image.Rows, image.Columns, image.Pixels.Count));
    }

    /// <summary>Every property name with its path, in document order.</summary>
    private static List<string> KeyPaths(JsonElement element, string path = "$")
    {
        var keys = new List<string>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    keys.Add(path + "." + property.Name);
                    keys.AddRange(KeyPaths(property.Value, path + "." + property.Name));
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    keys.AddRange(KeyPaths(item, $"{path}[{i++}]"));
                }

                break;
        }

        return keys;
    }
}
