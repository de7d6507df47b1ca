using System.Text.Json;
using QuantumDsl.Emulator.Storage;
using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Oqtant;

/// <summary>Turns stored Oqtant rows into the runtime's wire records.</summary>
internal static class OqtantMapper
{
    public static OqtantJob Job(OqtantJobRow job, IReadOnlyList<OqtantInputRow> inputs) => new()
    {
        Name = job.Name,
        Origin = "OQTAPI",
        Status = Status(job.Status),
        Display = true,
        TimeStart = Time(job.TimeStart),
        TimeComplete = Time(job.TimeComplete),
        QpuName = "UNDEFINED",
        InputCount = job.InputCount,
        Inputs = [.. inputs.Select(i => Input(job, i, withOutput: true))],
        ExternalId = job.ExternalId,
        TimeSubmit = Time(job.TimeSubmit),
        JobType = JobType(job.JobType),
        FailedInputs = JsonSerializer.Deserialize(job.FailedInputs, OqtantRowJson.Default.IReadOnlyListInt32),
        Paid = false,
    };

    public static JobSummary Summary(OqtantJobRow job, IReadOnlyList<OqtantInputRow> inputs) => new()
    {
        Name = job.Name,
        JobType = JobType(job.JobType),
        Status = Status(job.Status),
        ExternalId = job.ExternalId,
        TimeSubmit = Time(job.TimeSubmit),
        TimeStart = Time(job.TimeStart),
        TimeComplete = Time(job.TimeComplete),
        InputCount = job.InputCount,
        Inputs = [.. inputs.Select(i => Input(job, i, withOutput: false))],
    };

    private static JobInput Input(OqtantJobRow job, OqtantInputRow input, bool withOutput) => new()
    {
        JobId = (int)job.Seq,
        Run = input.Run,
        Values = JsonSerializer.Deserialize(input.ValuesJson, OqtantJsonContext.Default.InputValues)!,
        Output = withOutput && input.OutputJson is { } output ? JsonSerializer.Deserialize(output, OqtantJsonContext.Default.Output) : null,
        Notes = input.Notes,
        Errors = withOutput && input.Failed ? Errors(input) : null,
    };

    /// <summary>Why a failed run failed (a run stored by an older emulator has no reasons: say so).</summary>
    private static IReadOnlyList<string> Errors(OqtantInputRow input) =>
        input.ErrorsJson is { } json && JsonSerializer.Deserialize(json, OqtantRowJson.Default.IReadOnlyListString) is { Count: > 0 } errors
            ? errors
            : [$"run {input.Run} failed (no reason was recorded)"];

    public static JobStatus Status(string wire) => WireEnum<JobStatus>.Parse(wire);

    public static JobType JobType(string wire) => WireEnum<JobType>.Parse(wire);

    private static DateTime? Time(long? micros) => micros is { } m ? UnixTime.ToDateTime(m).UtcDateTime : null;
}

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<int>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class OqtantRowJson : System.Text.Json.Serialization.JsonSerializerContext;
