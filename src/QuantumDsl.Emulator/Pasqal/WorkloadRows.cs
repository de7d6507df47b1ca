namespace QuantumDsl.Emulator.Pasqal;

/// <summary>A stored workload. <see cref="Config"/> is JSON object text; <see cref="Result"/> the result object text once DONE.</summary>
internal sealed record WorkloadRow(
    long Seq, string Id, string Owner, string ProjectId, string WorkloadType, string Backend, string Config,
    string Status, string Errors, string? Result, long CreatedAt, long UpdatedAt, long? StartAt, long? EndAt);

/// <summary>A workload to create, as validated from <c>{workload_type, backend, config, project_id}</c>.</summary>
internal sealed record NewWorkload(string ProjectId, string WorkloadType, string Backend, string Config);

/// <summary>One claimed workload (a struct, as the queue loop claims value types).</summary>
internal readonly record struct WorkloadClaim(WorkloadRow Workload);
