using System.ComponentModel.DataAnnotations;

namespace QuantumDsl;

/// <summary>How a sweep runs: resume journal, remote cancellation, Pasqal device and tags.</summary>
public sealed record SweepRunOptions
{
    /// <summary>Where run journals live (one small file per sweep); default <c>LocalApplicationData/QuantumDsl/journal</c>.</summary>
    public string? JournalDirectory { get; init; }

    /// <summary>Re-attach to work a previous run of the same sweep already submitted (default true).</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Part of the journal key: give a new name to run the same sweep again as fresh work.</summary>
    public string? RunName { get; init; }

    /// <summary>When the run is cancelled, also cancel the remote jobs/batch that have not ended.</summary>
    public bool CancelRemoteOnCancellation { get; init; }

    /// <summary>Pasqal device type of analog batches (null: the sequence's device).</summary>
    public string? PasqalDeviceType { get; init; }

    /// <summary>
    /// Before submitting an analog sweep, read the specs the service publishes for the batch's device type: warn (log
    /// event 2035 and a <c>DEVICE_SPECS_DRIFT</c> update) when they differ from the compiled device the sequence and the
    /// analyzers used, and fail the points that the published device refuses. Default false.
    /// </summary>
    public bool CheckPublishedDeviceSpecs { get; init; }

    /// <summary>Tags of analog batches.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Inputs per Oqtant job (the service allows at most 30).</summary>
    [Range(1, 30)]
    public int MaxInputsPerJob { get; init; } = 30;
}
