using System.Text.Json;
using QuantumDsl.Emulator.Execution;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The workload types the emulator can really run (only <see cref="PulserSequenceWorkload.Type"/>), how their config
/// is checked at submission and how they run. Any other type is accepted and ends in ERROR naming the supported ones:
/// the emulator does not invent results for workloads it cannot execute.
/// </summary>
internal static class WorkloadTypes
{
    public static readonly IReadOnlyList<string> Supported = [PulserSequenceWorkload.Type];

    /// <summary>Checks <paramref name="config"/> for a supported type; returns the backend (canonical name) to store.</summary>
    public static string Check(PasqalRequests parser, string type, string backend, JsonElement config) =>
        type == PulserSequenceWorkload.Type ? PulserSequenceWorkload.Check(parser, backend, config) : backend;

    /// <summary>Runs a claimed workload; an unsupported type fails with <see cref="Unsupported"/>.</summary>
    public static Task<JobOutcome> RunAsync(WorkloadRow workload, IJobExecutor executor, CancellationToken cancellationToken) =>
        workload.WorkloadType == PulserSequenceWorkload.Type
            ? PulserSequenceWorkload.RunAsync(workload, executor, cancellationToken)
            : Task.FromResult(JobOutcome.Failure(Unsupported(workload.WorkloadType)));

    /// <summary>The error of a workload whose type the emulator cannot run.</summary>
    public static string Unsupported(string type) =>
        $"workload_type '{Http.Excerpt.Of(type)}' is not supported by the emulator; supported workload types: {string.Join(", ", Supported)} " +
        $"({PulserSequenceWorkload.Type}: config {{\"sequence\": Pulser abstract-repr JSON string, \"runs\": int, \"variables\": object}}, " +
        $"backend a device type such as EMU_FREE)";
}
