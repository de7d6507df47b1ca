using System.Text.Json.Serialization.Metadata;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The fields the emulator accepts in Pasqal request bodies: the wire names of the shared request records the client
/// writes (<see cref="PasqalBatchRequest"/>, <see cref="PasqalJobRequest"/>, <see cref="PasqalWorkloadRequest"/>), read
/// from their source-generated JSON contract, so the two sides cannot drift. The emulator's validating parsers
/// (<see cref="PasqalRequests"/>, <see cref="WorkloadRequests"/>) read the bodies field by field to report every error
/// with its location; see docs/emulator.md, "Request bodies".
/// </summary>
internal static class RequestFields
{
    /// <summary>Create-batch fields, plus <c>complete</c>: the service's deprecated inverse of <c>open</c>, which the client never writes.</summary>
    public static readonly string[] Batch = [.. Of(PasqalJsonContext.Wire.PasqalBatchRequest), "complete"];

    /// <summary>Fields of one job (create-batch's <c>jobs</c>, add-jobs).</summary>
    public static readonly string[] Job = Of(PasqalJsonContext.Wire.PasqalJobRequest);

    /// <summary>Create-workload fields.</summary>
    public static readonly string[] Workload = Of(PasqalJsonContext.Wire.PasqalWorkloadRequest);

    private static string[] Of(JsonTypeInfo info) => [.. info.Properties.Select(p => p.Name)];
}
