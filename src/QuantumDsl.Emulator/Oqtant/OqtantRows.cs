namespace QuantumDsl.Emulator.Oqtant;

/// <summary>A stored Oqtant job. Times are Unix microseconds (UTC); <see cref="Seq"/> is the integer job id.</summary>
internal sealed record OqtantJobRow(
    long Seq, string ExternalId, string Owner, string Name, string JobType, string Status, int InputCount,
    long TimeSubmit, long? TimeStart, long? TimeComplete, string FailedInputs);

/// <summary>A stored input (run) with its output JSON once run, or why it failed (a JSON list of messages).</summary>
internal sealed record OqtantInputRow(long InputId, long JobSeq, int Run, string ValuesJson, string? Notes, string? OutputJson, bool Failed, string? ErrorsJson);

/// <summary>Search parameters of <c>GET /jobs</c>.</summary>
internal sealed record OqtantSearch(string? JobType, string? Name, DateOnly? SubmitStart, DateOnly? SubmitEnd, string? Notes, int Limit);
