using System.Text.Json;

namespace QuantumDsl.Client.Pasqal;

/// <summary>Optional settings of <see cref="PasqalClient.CreateBatchAsync(WaitUntil, string?, IReadOnlyList{PasqalJobRequest}, CreateBatchOptions?, CancellationToken)"/>.</summary>
public sealed record CreateBatchOptions
{
    /// <summary>An open batch accepts jobs after creation until closed.</summary>
    public bool Open { get; init; }

    /// <summary>Device type (see <see cref="PasqalDeviceTypes"/>); null = the sequence's device.</summary>
    public string? DeviceType { get; init; }

    /// <summary>Tags for later filtering.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Emulator configuration object (e.g. <c>{"dt": 10.0, "precision": "normal"}</c>).</summary>
    public JsonElement? Configuration { get; init; }

    /// <summary>Pulser <c>EmulationConfig</c> abstract repr, for EMU_MPS/EMU_SV/EMU_FREE.</summary>
    public string? BackendConfiguration { get; init; }

    /// <summary>Webhook URL called on completion.</summary>
    public string? Webhook { get; init; }

    /// <summary>Project; defaults to <see cref="PasqalClientOptions.ProjectId"/>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Idempotency key of the create (default: a fresh one; the runner passes a stable one).</summary>
    public string? IdempotencyKey { get; init; }
}
