namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The seam between the queue and the physics: runs one unit of work and returns its result JSON or its errors.
/// Implementations must honour the cancellation token (a user cancel or a shutdown).
/// </summary>
internal interface IJobExecutor
{
    /// <summary>Runs one Pasqal job: build <see cref="AnalogWork.Sequence"/> with the job's variables, sample <c>runs</c> shots.</summary>
    Task<JobOutcome> RunAnalogAsync(AnalogWork work, CancellationToken cancellationToken);

    /// <summary>Runs one Oqtant input (one run of a job) and returns its output values.</summary>
    Task<MatterOutcome> RunMatterAsync(MatterWork work, CancellationToken cancellationToken);
}

/// <summary>One Oqtant input to run.</summary>
/// <param name="JobId">The job's external id (for messages).</param>
/// <param name="Run">1-based run number.</param>
/// <param name="Input">The validated input.</param>
/// <param name="Seed">Noise seed, stable per job and run.</param>
internal sealed record MatterWork(string JobId, int Run, QuantumDsl.Matter.MatterInput Input, long Seed);

/// <summary>What one Oqtant run produced: the output values and the raw images behind them, else the error messages.</summary>
internal sealed record MatterOutcome(QuantumDsl.Matter.OutputValues? Values, IReadOnlyList<string> Errors, IReadOnlyList<QuantumDsl.Matter.RawImages>? RawImages = null);

/// <summary>One Pasqal job to run.</summary>
/// <param name="JobId">The job id (for messages).</param>
/// <param name="Sequence">Pulser abstract-representation JSON.</param>
/// <param name="Variables">The job's variable values (JSON object text) or null.</param>
/// <param name="Runs">Shots to sample.</param>
/// <param name="DeviceType">The batch's device type.</param>
/// <param name="Seed">Sampling seed (stable per job, so a re-run after a crash gives the same counts).</param>
internal sealed record AnalogWork(string JobId, string Sequence, string? Variables, int Runs, string DeviceType, long Seed);

/// <summary>What a run produced: the result JSON on success, else the error messages.</summary>
internal sealed record JobOutcome(string? ResultJson, IReadOnlyList<string> Errors)
{
    public static JobOutcome Success(string json) => new(json, []);

    public static JobOutcome Failure(params string[] errors) => new(null, errors);
}
