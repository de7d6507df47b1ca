using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>Oqtant enum fields take only their wire names: one converter (<see cref="WireEnumConverter{TEnum}"/>) for all of them.</summary>
public sealed class StrictEnumTests
{
    private const string Barrier =
        ""","optical_barriers":[{"times_ms":[0.0,10.0],"positions_um":[0.0,0.0],"heights_khz":[0.0,10.0],"widths_um":[1.0,1.0],"interpolation":"LINEAR","shape":"GAUSSIAN"}]""";

    [Theory]
    [InlineData("\"image_type\":\"TIME_OF_FLIGHT\"", "\"image_type\":\"1\"", "inputs[0].values.image_type: \"1\" is not one of TIME_OF_FLIGHT, IN_TRAP, MOT")]
    [InlineData("\"image_type\":\"TIME_OF_FLIGHT\"", "\"image_type\":1", "inputs[0].values.image_type: 1 is not one of TIME_OF_FLIGHT, IN_TRAP, MOT")]
    [InlineData("\"image_type\":\"TIME_OF_FLIGHT\"", "\"image_type\":\"time_of_flight\"", "inputs[0].values.image_type: \"time_of_flight\" is not one of TIME_OF_FLIGHT, IN_TRAP, MOT")]
    [InlineData("\"job_type\":\"BARRIER\"", "\"job_type\":0", "job_type: 0 is not one of BEC, BARRIER, BRAGG, ATOMTRONIC_1D, PAINT_1D")]
    [InlineData("\"job_type\":\"BARRIER\"", "\"job_type\":\"0\"", "job_type: \"0\" is not one of BEC, BARRIER, BRAGG, ATOMTRONIC_1D, PAINT_1D")]
    [InlineData("\"interpolation\":\"LINEAR\",\"times_ms\"", "\"interpolation\":\"0\",\"times_ms\"", "inputs[0].values.rf_evaporation.interpolation: \"0\" is not one of LINEAR, OFF, PREVIOUS")]
    [InlineData("\"interpolation\":\"LINEAR\",\"shape\"", "\"interpolation\":\"0\",\"shape\"", "inputs[0].values.optical_barriers[0].interpolation: \"0\" is not one of LINEAR, SMOOTH, OFF, ZERO, SLINEAR, QUADRATIC, CUBIC, NEAREST, PREVIOUS, NEXT")]
    [InlineData("\"shape\":\"GAUSSIAN\"", "\"shape\":-1", "inputs[0].values.optical_barriers[0].shape: -1 is not one of GAUSSIAN, LORENTZIAN, SQUARE, NATIVE")]
    public void A_number_or_misspelt_name_in_an_enum_field_is_refused_naming_field_value_and_names(string valid, string invalid, string message)
    {
        // The client's BEC fixture with one barrier: a valid BARRIER job that has every kind of enum field.
        var json = Fixtures.BecFixtureJson
            .Replace(",\"optical_barriers\":null", Barrier, StringComparison.Ordinal)
            .Replace("\"end_time_ms\":0.0", "\"end_time_ms\":10.0", StringComparison.Ordinal)
            .Replace("\"job_type\":\"BEC\"", "\"job_type\":\"BARRIER\"", StringComparison.Ordinal);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        Assert.Equal(JobType.Barrier, MatterJob.FromJson(json).JobType);

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(
            () => MatterJob.FromJson(json.Replace(valid, invalid, StringComparison.Ordinal))).Violations);

        Assert.Equal(message, violation.Message);
    }

    [Fact]
    public void Responses_refuse_a_numeric_status_too()
    {
        var ex = Assert.Throws<JsonException>(() => OqtantJob.Parse("""{"name":"x","status":2,"inputs":[]}"""));
        Assert.Contains("PENDING, RUNNING, COMPLETE, FAILED, CANCELLED, INCOMPLETE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_enum_writes_and_reads_back_each_of_its_wire_names()
    {
        RoundTrips<ImageType>(OqtantJsonContext.Default.ImageType);
        RoundTrips<JobType>(OqtantJsonContext.Default.JobType);
        RoundTrips<JobStatus>(OqtantJsonContext.Default.JobStatus);
        RoundTrips<RfInterpolationType>(OqtantJsonContext.Default.RfInterpolationType);
        RoundTrips<InterpolationType>(OqtantJsonContext.Default.InterpolationType);
        RoundTrips<BarrierShape>(OqtantJsonContext.Default.BarrierShape);
        RoundTrips<LaserType>(OqtantJsonContext.Default.LaserType);
        Assert.Equal(["TIME_OF_FLIGHT", "IN_TRAP", "MOT"], WireEnum<ImageType>.Names);
    }

    private static void RoundTrips<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var json = JsonSerializer.Serialize(value, info);
            Assert.Equal($"\"{WireEnum<T>.Name(value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, info));
        }
    }
}
