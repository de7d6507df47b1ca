using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>Job-level limits: name length, 1–30 inputs, input paths prefixed with <c>inputs[i].</c>, every violation listed.</summary>
public sealed class MatterJobLimitTests
{
    private static MatterInput[] Inputs(int count) => [.. Enumerable.Range(0, count).Select(_ => Fixtures.Input(Fixtures.Bec()))];

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void Name_of_1_to_50_characters_is_valid(int length) =>
        Assert.Equal(length, MatterJob.Create(new string('j', length), Inputs(1)).Name.Length);

    [Fact]
    public void Empty_name_is_rejected() =>
        Assert.Equal("name: 0 characters is below the minimum 1 character",
            Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.Create(string.Empty, Inputs(1))).Violations).Message);

    [Fact]
    public void Name_of_51_characters_is_rejected() =>
        Assert.Equal("name: 51 characters exceeds the maximum 50 characters",
            Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.Create(new string('j', 51), Inputs(1))).Violations).Message);

    [Fact]
    public void Thirty_inputs_make_one_job_with_runs_1_to_30()
    {
        var job = MatterJob.Create("batch", Inputs(30));

        var request = job.ToRequest();
        Assert.Equal(30, request.InputCount);
        Assert.Equal(Enumerable.Range(1, 30), request.Inputs.Select(i => i.Run!.Value));
        Assert.All(request.Inputs, i => Assert.Null(i.JobId));
    }

    [Fact]
    public void Thirty_one_inputs_are_rejected() =>
        Assert.Equal("inputs: 31 inputs exceeds the maximum 30",
            Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.Create("batch", Inputs(31))).Violations).Message);

    [Fact]
    public void No_inputs_are_rejected() =>
        Assert.Equal("inputs: 0 inputs is below the minimum 1",
            Assert.Single(Assert.Throws<ExperimentValidationException>(() => MatterJob.Create("batch", [])).Violations).Message);

    [Fact]
    public void Every_violation_of_every_input_is_listed_with_its_index()
    {
        var ex = Assert.Throws<ExperimentValidationException>(() => MatterJob.Create(new string('j', 60),
        [
            Fixtures.Input(Fixtures.Bec()),
            Fixtures.Input(Fixtures.Bec() with { TimeOfFlightMs = 25 }, new string('n', 501)),
            Fixtures.Input(Fixtures.Bec(5) with { Lasers = [Laser.Terminator(1, 6)] }),
        ]));

        Assert.Equal(
        [
            "name: 60 characters exceeds the maximum 50 characters",
            "inputs[1].time_of_flight_ms: 25 ms exceeds the maximum 20 ms",
            "inputs[1].notes: 501 characters exceeds the maximum 500 characters",
            "inputs[2].lasers[0].pulses[0].times_ms[1]: 6 ms exceeds the maximum 5 ms (end_time_ms)",
        ], ex.Violations.Select(v => v.Message));
        Assert.Equal("inputs[1].time_of_flight_ms", ex.Violations[1].Path);
        Assert.Equal("25", ex.Violations[1].Value);
        Assert.Equal("maximum 20 ms", ex.Violations[1].Limit);
        Assert.StartsWith("4 violations:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_written_per_input()
    {
        var json = MatterJob.Create("noted", [Fixtures.Input(Fixtures.Bec(), "first"), Fixtures.Input(Fixtures.Bec())]).ToJson();

        Assert.Contains("\"run\":1,", json, StringComparison.Ordinal);
        Assert.Contains("\"output\":null,\"notes\":\"first\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"run\":2,", json, StringComparison.Ordinal);
        Assert.EndsWith("\"output\":null,\"notes\":null}]}", json, StringComparison.Ordinal);
    }
}
