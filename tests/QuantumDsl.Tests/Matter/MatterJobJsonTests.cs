using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class MatterJobJsonTests
{
    private const string ExpectedFixtureBody =
        """{"name":"Example Ultracold Matter Generator Job","job_type":"BEC","input_count":1,"inputs":[{"job_id":null,"run":1,"values":{"end_time_ms":0,"image_type":"TIME_OF_FLIGHT","time_of_flight_ms":8,"rf_evaporation":{"times_ms":[-1600,-1200,-800,-400,0],"frequencies_mhz":[17,8,4,1.2,0.045],"powers_mw":[500,500,475,360,220],"interpolation":"LINEAR"},"optical_barriers":null,"optical_landscape":null,"lasers":null},"output":null,"notes":null}]}""";

    [Fact]
    public void Bec_fixture_parses_and_writes_the_post_body_with_exact_wire_names()
    {
        var job = MatterJob.FromJson(Fixtures.BecFixtureJson);

        Assert.Equal("Example Ultracold Matter Generator Job", job.Name);
        Assert.Equal(JobType.Bec, job.JobType);
        Assert.Equal(ExpectedFixtureBody, job.ToJson());
    }

    [Fact]
    public void Bec_fixture_round_trips_to_the_same_values()
    {
        var original = JsonNode.Parse(Fixtures.BecFixtureJson)!;
        var written = JsonNode.Parse(MatterJob.FromJson(Fixtures.BecFixtureJson).ToJson())!;

        Assert.True(JsonNode.DeepEquals(original["inputs"]![0]!["values"], written["inputs"]![0]!["values"]));
        foreach (var key in new[] { "name", "job_type", "input_count" })
        {
            Assert.True(JsonNode.DeepEquals(original[key], written[key]), key);
        }

        Assert.Equal(ExpectedFixtureBody, MatterJob.FromJson(written.ToJsonString()).ToJson());
    }

    [Fact]
    public void Parses_from_a_json_object_built_like_a_dictionary()
    {
        var node = JsonNode.Parse(Fixtures.BecFixtureJson)!.AsObject();
        node.Remove("job_type");
        node.Remove("input_count");

        var fromNode = MatterJob.FromJson(node);
        var fromElement = MatterJob.FromJson(JsonSerializer.Deserialize<JsonElement>(Fixtures.BecFixtureJson));

        Assert.Equal(ExpectedFixtureBody, fromNode.ToJson());
        Assert.Equal(ExpectedFixtureBody, fromElement.ToJson());
    }

    [Fact]
    public void Parse_reports_limits_with_field_value_and_limit()
    {
        var json = Fixtures.BecFixtureJson.Replace("\"time_of_flight_ms\":8.0", "\"time_of_flight_ms\":25", StringComparison.Ordinal)
            .Replace("[-1600,-1200,-800,-400,0]", "[-1600,-1200,-800,-400,5]", StringComparison.Ordinal);

        var ex = Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json));

        Assert.Contains("inputs[0].time_of_flight_ms: 25 ms exceeds the maximum 20 ms", ex.Message, StringComparison.Ordinal);
        Assert.Contains("inputs[0].rf_evaporation.times_ms[4]: 5 ms exceeds the maximum 0 ms (end_time_ms)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Violations.Count);
    }

    [Fact]
    public void Parse_rejects_an_unknown_enum_value_naming_the_field_and_the_allowed_values()
    {
        var json = Fixtures.BecFixtureJson.Replace("\"TIME_OF_FLIGHT\"", "\"SIDEWAYS\"", StringComparison.Ordinal);

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json)).Violations);

        Assert.Equal("inputs[0].values.image_type: \"SIDEWAYS\" is not one of TIME_OF_FLIGHT, IN_TRAP, MOT", violation.Message);
    }

    [Fact]
    public void Parse_rejects_unknown_keys_instead_of_dropping_them()
    {
        var json = Fixtures.BecFixtureJson.Replace("\"end_time_ms\":0.0", "\"end_time_ms\":0.0,\"lifetime\":3", StringComparison.Ordinal);

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json)).Violations);

        Assert.Contains("lifetime", violation.Message, StringComparison.Ordinal);
        Assert.StartsWith("inputs[0].values", violation.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_a_missing_required_field()
    {
        var json = Fixtures.BecFixtureJson.Replace("\"time_of_flight_ms\":8.0,", string.Empty, StringComparison.Ordinal);

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json)).Violations);

        Assert.Equal("inputs[0].values", violation.Path);
        Assert.Equal("object", violation.Value);
        Assert.Contains("missing required properties including: 'time_of_flight_ms'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_a_stated_job_type_that_the_inputs_do_not_give()
    {
        var json = Fixtures.BecFixtureJson.Replace("\"job_type\":\"BEC\"", "\"job_type\":\"BARRIER\"", StringComparison.Ordinal);

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json)).Violations);

        Assert.Equal("job_type: BARRIER does not match the type of the inputs (BEC)", violation.Message);
    }

    [Theory]
    [InlineData("\"end_time_ms\":40.0", 40.0)]
    [InlineData("\"end_time_ms\":40", 40.0)]
    [InlineData("\"end_time_ms\":12.5", 12.5)]
    public void Decimal_times_parse_as_float_or_integer(string field, double expected)
    {
        var json = Fixtures.BecFixtureJson.Replace("\"end_time_ms\":0.0", field, StringComparison.Ordinal);

        Assert.Equal(expected, MatterJob.FromJson(json).Inputs[0].Values.EndTimeMs);
    }

    [Fact]
    public void Parse_errors_in_a_json_node_name_the_path_and_value_and_leave_the_node_unchanged()
    {
        var node = JsonNode.Parse(Fixtures.BecFixtureJson)!.AsObject();
        node["inputs"]![0]!["values"]!["rf_evaporation"]!["interpolation"] = "STEP";
        var before = node.ToJsonString();

        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(node)).Violations);

        Assert.Equal("inputs[0].values.rf_evaporation.interpolation: \"STEP\" is not one of LINEAR, OFF, PREVIOUS", violation.Message);
        Assert.Equal(before, node.ToJsonString());
    }

    [Theory]
    [InlineData("null", "$: null is not a job object")]
    [InlineData("[1]", "$: [1] is not a job object")]
    public void Parse_rejects_what_is_not_a_job_object(string json, string expected) =>
        Assert.Equal(expected, Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json)).Violations).Message);

    [Fact]
    public void Parse_reports_malformed_json()
    {
        var violation = Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson("{\"name\": ")).Violations);

        Assert.StartsWith("$: invalid JSON cannot be read:", violation.Message, StringComparison.Ordinal);
        Assert.Contains("BytePositionInLine", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_of_any_era_are_not_part_of_a_definition()
    {
        var file = JobFileSamples.TimeOfFlight.Replace("\"temperature_nk\":87", "\"temperature_uk\":87", StringComparison.Ordinal);

        Assert.Equal(JobType.Paint1D, MatterJob.FromJson(file).JobType);
    }
}
