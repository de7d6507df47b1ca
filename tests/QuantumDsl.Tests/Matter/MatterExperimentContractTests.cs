using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>An experiment written by hand exactly as the generator emits one, against the agreed runtime surface.</summary>
public sealed class MatterExperimentContractTests
{
    [Fact]
    public void Generated_style_experiment_builds_a_valid_input_and_job()
    {
        IMatterExperiment point = new EvaporationScan { FinalRf = 0.2 };

        var input = point.ToInput();
        var job = MatterJob.Create(point.JobName, [input, new EvaporationScan { FinalRf = 0.45 }.ToInput()]);

        Assert.Empty(point.Validate());
        Assert.Equal(0.2, input.Values.RfEvaporation.FrequenciesMHz[^1]);
        Assert.Equal(JobType.Bec, job.JobType);
        Assert.Equal(2, job.ToRequest().InputCount);
    }

    [Fact]
    public void Validate_lists_param_and_hardware_violations_and_ToInput_throws_with_them()
    {
        var point = new EvaporationScan { FinalRf = 30, TimeOfFlight = 25 };

        Assert.Equal(
        [
            "FinalRf: 30 exceeds the maximum 2",
            "TimeOfFlight: 25 exceeds the maximum 20",
            "time_of_flight_ms: 25 ms exceeds the maximum 20 ms",
            "rf_evaporation.frequencies_mhz[1]: 30 MHz exceeds the maximum 25 MHz",
        ], point.Validate().Select(v => v.Message));
        Assert.Equal(2, Assert.Throws<ExperimentValidationException>(point.ToInput).Violations.Count);
    }

    /// <summary>What the generator emits for <c>[MatterExperiment(Name = "evaporation scan")] partial class EvaporationScan</c>.</summary>
    private sealed class EvaporationScan : IMatterExperiment
    {
        public double FinalRf { get; init; } = 0.2;

        public double TimeOfFlight { get; init; } = 12;

        public string JobName => "evaporation scan";

        public MatterInput ToInput()
        {
            var job = new MatterJobBuilder();
            Define(job);
            var input = job.Build();
            ExperimentValidationException.ThrowIfAny(input.Validate());
            return input;
        }

        public IReadOnlyList<Violation> Validate()
        {
            var violations = new List<Violation>();
            if (Violation.CheckRange("FinalRf", FinalRf, 0.02, 2.0) is { } rf)
            {
                violations.Add(rf);
            }

            if (Violation.CheckRange("TimeOfFlight", TimeOfFlight, 2, 20) is { } tof)
            {
                violations.Add(tof);
            }

            var job = new MatterJobBuilder();
            Define(job);
            violations.AddRange(job.Build().Validate());
            return violations;
        }

        private void Define(MatterJobBuilder job) => job
            .Evaporation(rf => rf
                .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
                .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
            .LifetimeMs(10)
            .TimeOfFlight(TimeOfFlight);
    }
}
