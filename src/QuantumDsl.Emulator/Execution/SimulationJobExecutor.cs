namespace QuantumDsl.Emulator.Execution;

/// <summary>Runs jobs on the QuantumDsl.Simulation engines.</summary>
internal sealed class SimulationJobExecutor : IJobExecutor
{
    public Task<JobOutcome> RunAnalogAsync(AnalogWork work, CancellationToken cancellationToken) =>
        Task.FromResult(JobOutcome.Failure("the Rydberg simulation engine is not available in this build"));

    public Task<MatterOutcome> RunMatterAsync(MatterWork work, CancellationToken cancellationToken) =>
        Task.FromResult(new MatterOutcome(null, ["the matter simulation engine is not available in this build"]));
}
