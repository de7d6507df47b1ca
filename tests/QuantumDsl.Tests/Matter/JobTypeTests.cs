using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class JobTypeTests
{
    public static TheoryData<string, JobType> Cases => new()
    {
        { "plain TOF", JobType.Bec },
        { "in trap", JobType.Barrier },
        { "barrier TOF", JobType.Barrier },
        { "empty barrier list", JobType.Bec },
        { "landscape TOF", JobType.Paint1D },
        { "landscape + barriers + in trap", JobType.Paint1D },
        { "terminator only", JobType.Bec },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Job_type_is_derived_as_the_service_does(string shape, JobType expected)
    {
        var values = shape switch
        {
            "plain TOF" => Fixtures.Bec(),
            "in trap" => Fixtures.Bec() with { ImageType = ImageType.InTrap },
            "barrier TOF" => Fixtures.Bec() with { OpticalBarriers = [Fixtures.Barrier()] },
            "empty barrier list" => Fixtures.Bec() with { OpticalBarriers = [] },
            "landscape TOF" => Fixtures.Bec() with { OpticalLandscape = Fixtures.Landscape() },
            "landscape + barriers + in trap" => Fixtures.Bec() with
            {
                OpticalLandscape = Fixtures.Landscape(), OpticalBarriers = [Fixtures.Barrier()], ImageType = ImageType.InTrap,
            },
            _ => Fixtures.Bec() with { Lasers = [Laser.Terminator(1, 2)] },
        };

        Assert.Equal(expected, new MatterInput(values).JobType);
    }

    [Fact]
    public void A_job_takes_its_inputs_type()
    {
        var job = MatterJob.Create("barriers", [Fixtures.Input(Fixtures.Bec() with { ImageType = ImageType.InTrap })]);

        Assert.Equal(JobType.Barrier, job.JobType);
        Assert.Contains("\"job_type\":\"BARRIER\"", job.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_of_different_types_cannot_share_a_job()
    {
        var ex = Assert.Throws<ExperimentValidationException>(() => MatterJob.Create("mixed",
        [
            Fixtures.Input(Fixtures.Bec()),
            Fixtures.Input(Fixtures.Bec()),
            Fixtures.Input(Fixtures.Bec() with { OpticalLandscape = Fixtures.Landscape() }),
        ]));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("inputs[2]: PAINT_1D is not the job type of inputs[0] (BEC): all inputs of a job must map to the same type", violation.Message);
    }
}
