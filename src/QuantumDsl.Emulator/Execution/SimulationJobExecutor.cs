namespace QuantumDsl.Emulator.Execution;

/// <summary>Runs jobs on the QuantumDsl.Simulation engines.</summary>
internal sealed class SimulationJobExecutor : IJobExecutor
{
    public Task<JobOutcome> RunAnalogAsync(AnalogWork work, CancellationToken cancellationToken) =>
        Task.FromResult(JobOutcome.Failure("the Rydberg simulation engine is not available in this build"));
}
