using System.Globalization;
using System.Text.Json;
using QuantumDsl.Emulator.Execution;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The workload type the emulator runs: <c>pulser_sequence</c>. Its config is
/// <c>{"sequence": "&lt;Pulser abstract-repr JSON string&gt;", "runs": 500, "variables": {"omega": 3.14}}</c> and its
/// backend a Pasqal device type (same limits as a batch on it); it is built and sampled by the same Rydberg engine as
/// a batch job, and its <c>result</c> is the bitstring counter <c>{"0110": 35, ...}</c>.
/// </summary>
internal static class PulserSequenceWorkload
{
    public const string Type = "pulser_sequence";

    private static readonly string[] ConfigFields = ["sequence", "runs", "variables"];

    /// <summary>Checks the config and backend at submission (errors go to <paramref name="parser"/>); returns the canonical backend.</summary>
    public static string Check(PasqalRequests parser, string backend, JsonElement config)
    {
        LocationPart[] at = ["body", "config"];
        parser.RejectUnknown(config, ConfigFields, at);
        var device = PasqalDeviceType.Find(backend);
        if (device is null)
        {
            parser.Fail(["body", "backend"], $"'{Http.Excerpt.Of(backend)}' is not a device type; a {Type} workload runs on one of {PasqalDeviceType.Names}", "type_error.enum");
        }

        if (!config.TryGetProperty("sequence", out var present) || present.ValueKind == JsonValueKind.Null)
        {
            parser.Fail([.. at, "sequence"], "field required: the Pulser abstract representation of the sequence, as a JSON string", "value_error.missing");
        }
        else if (parser.OptionalString(config, "sequence", at) is { } sequence)
        {
            parser.CheckSequence(sequence, [.. at, "sequence"]);
            if (device is { MaxAtoms: > 0 } && PasqalRequests.AtomCount(sequence) is { } atoms && atoms > device.MaxAtoms)
            {
                parser.Fail([.. at, "sequence"], string.Create(CultureInfo.InvariantCulture,
                    $"the register has {atoms} atoms; {device.Name} accepts at most {device.MaxAtoms}"), "value_error");
            }
        }

        parser.ParseRuns(config, [.. at, "runs"], device);
        if (config.TryGetProperty("variables", out var variables) && variables.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            parser.Fail([.. at, "variables"], $"expected an object of variable values or null, got {variables.Kind()}", "type_error.dict");
        }

        return device?.Name ?? backend;
    }

    /// <summary>Builds and samples the sequence; on success the result is the counter object.</summary>
    public static async Task<JobOutcome> RunAsync(WorkloadRow workload, IJobExecutor executor, CancellationToken cancellationToken)
    {
        AnalogWork work;
        using (var document = JsonDocument.Parse(workload.Config))
        {
            var config = document.RootElement;
            var runs = config.TryGetProperty("runs", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : PasqalDeviceType.DefaultEmulatorRuns;
            var variables = config.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v.GetRawText() : null;
            work = new AnalogWork(workload.Id, config.GetProperty("sequence").GetString()!, variables, runs, workload.Backend, Seeds.For(workload.Id));
        }

        var outcome = await executor.RunAnalogAsync(work, cancellationToken).ConfigureAwait(false);
        if (outcome.ResultJson is null)
        {
            return outcome;
        }

        using var result = JsonDocument.Parse(outcome.ResultJson);
        return JobOutcome.Success(result.RootElement.GetProperty("counter").GetRawText());
    }
}
