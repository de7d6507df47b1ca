using System.ComponentModel.DataAnnotations;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>How a sweep runs: resume journal, a new run, a time budget, remote cancellation, Pasqal device and tags.</summary>
public sealed record SweepRunOptions
{
    /// <summary>
    /// Where run journals live (one small file per sweep, service and account); default the user's own data folder,
    /// <c>LocalApplicationData/QuantumDsl/journal</c> (<c>~/.local/share/QuantumDsl/journal</c> on Linux), created
    /// owner-only when missing.
    /// </summary>
    public string? JournalDirectory { get; init; }

    /// <summary>
    /// Start a new run even when an earlier run of the same sweep on the same service and account is in the journal
    /// (default false: re-attach to it). The new run's journal replaces the old one, so the next run re-attaches to
    /// the new jobs.
    /// </summary>
    public bool NewRun { get; init; }

    /// <summary>Part of the journal key: give a new name to run the same sweep again as fresh work, kept apart from other names.</summary>
    public string? RunName { get; init; }

    /// <summary>
    /// Time budget of the whole run (null: none). When it runs out the run ends with a <see cref="TimeoutException"/>
    /// saying how many points finished; the remote work keeps running (unless <see cref="CancelRemoteOnCancellation"/>)
    /// and the next run re-attaches to it.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>When the run is cancelled (or its <see cref="Timeout"/> runs out), also cancel the remote jobs/batch that have not ended.</summary>
    public bool CancelRemoteOnCancellation { get; init; }

    /// <summary>
    /// Pasqal device type of analog batches; null sends <see cref="DefaultPasqalDeviceType"/> (<c>EMU_FREE</c>, the
    /// free emulator: at most 10 atoms). Name another for larger registers, e.g. <c>EMU_MPS</c>, <c>EMU_SV</c> or <c>FRESNEL</c>.
    /// </summary>
    public string? PasqalDeviceType { get; init; }

    /// <summary>The device type analog batches use when <see cref="PasqalDeviceType"/> is null.</summary>
    public const string DefaultPasqalDeviceType = PasqalDeviceTypes.EmuFree;

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
