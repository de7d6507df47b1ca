using System.Text.Json.Serialization;

namespace QuantumDsl.Client.Pasqal;

/// <summary>Status of a Pasqal batch (wire strings in capitals).</summary>
[JsonConverter(typeof(WireEnumConverter<PasqalBatchStatus>))]
public enum PasqalBatchStatus
{
    /// <summary>Queued.</summary>
    [JsonStringEnumMemberName("PENDING")] Pending,
    /// <summary>Running on the device.</summary>
    [JsonStringEnumMemberName("RUNNING")] Running,
    /// <summary>Every job ended.</summary>
    [JsonStringEnumMemberName("DONE")] Done,
    /// <summary>Failed.</summary>
    [JsonStringEnumMemberName("ERROR")] Error,
    /// <summary>Cancelled.</summary>
    [JsonStringEnumMemberName("CANCELED")] Canceled,
    /// <summary>An open batch left idle too long.</summary>
    [JsonStringEnumMemberName("TIMED_OUT")] TimedOut,
    /// <summary>Paused (Pulser lists it).</summary>
    [JsonStringEnumMemberName("PAUSED")] Paused,
}

/// <summary>Status of a Pasqal job.</summary>
[JsonConverter(typeof(WireEnumConverter<PasqalJobStatus>))]
public enum PasqalJobStatus
{
    /// <summary>Queued.</summary>
    [JsonStringEnumMemberName("PENDING")] Pending,
    /// <summary>Running.</summary>
    [JsonStringEnumMemberName("RUNNING")] Running,
    /// <summary>Finished with a result.</summary>
    [JsonStringEnumMemberName("DONE")] Done,
    /// <summary>Failed (see <see cref="PasqalJobInfo.Errors"/>).</summary>
    [JsonStringEnumMemberName("ERROR")] Error,
    /// <summary>Cancelled.</summary>
    [JsonStringEnumMemberName("CANCELED")] Canceled,
    /// <summary>Being cancelled.</summary>
    [JsonStringEnumMemberName("CANCELING")] Canceling,
    /// <summary>Paused.</summary>
    [JsonStringEnumMemberName("PAUSED")] Paused,
}

/// <summary>Status of a Pasqal workload (the values pasqal-cloud's <c>Workload</c> documents).</summary>
[JsonConverter(typeof(WireEnumConverter<PasqalWorkloadStatus>))]
public enum PasqalWorkloadStatus
{
    /// <summary>Queued.</summary>
    [JsonStringEnumMemberName("PENDING")] Pending,
    /// <summary>Running.</summary>
    [JsonStringEnumMemberName("RUNNING")] Running,
    /// <summary>Finished with a result.</summary>
    [JsonStringEnumMemberName("DONE")] Done,
    /// <summary>Failed (see <see cref="PasqalWorkloadInfo.Errors"/>).</summary>
    [JsonStringEnumMemberName("ERROR")] Error,
    /// <summary>Cancelled.</summary>
    [JsonStringEnumMemberName("CANCELED")] Canceled,
    /// <summary>Timed out.</summary>
    [JsonStringEnumMemberName("TIMED_OUT")] TimedOut,
    /// <summary>Paused.</summary>
    [JsonStringEnumMemberName("PAUSED")] Paused,
}

/// <summary>Queue priority filter values.</summary>
[JsonConverter(typeof(WireEnumConverter<PasqalQueuePriority>))]
public enum PasqalQueuePriority
{
    /// <summary>Low.</summary>
    [JsonStringEnumMemberName("LOW")] Low,
    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("MEDIUM")] Medium,
    /// <summary>High (fastest queue).</summary>
    [JsonStringEnumMemberName("HIGH")] High,
}

/// <summary>Device type names (<c>DeviceTypeName</c>); the wire value is a plain string, so others are accepted too.</summary>
public static class PasqalDeviceTypes
{
    /// <summary>Free single-threaded emulator (up to 10 qubits).</summary>
    public const string EmuFree = "EMU_FREE";
    /// <summary>Tensor-network emulator (deprecated, use <see cref="EmuMps"/>).</summary>
    public const string EmuTn = "EMU_TN";
    /// <summary>Fresnel emulator.</summary>
    public const string EmuFresnel = "EMU_FRESNEL";
    /// <summary>MPS emulator.</summary>
    public const string EmuMps = "EMU_MPS";
    /// <summary>State-vector emulator.</summary>
    public const string EmuSv = "EMU_SV";
    /// <summary>The Fresnel QPU.</summary>
    public const string Fresnel = "FRESNEL";
    /// <summary>The Fresnel CAN1 QPU.</summary>
    public const string FresnelCan1 = "FRESNEL_CAN1";
    /// <summary>Pulser's MockDevice, emulated.</summary>
    public const string MockDevice = "MOCK_DEVICE";
}

/// <summary>Terminal-state helpers.</summary>
public static class PasqalStatusExtensions
{
    /// <summary>True once a job can no longer change (DONE, ERROR, CANCELED).</summary>
    public static bool IsTerminal(this PasqalJobStatus status) =>
        status is PasqalJobStatus.Done or PasqalJobStatus.Error or PasqalJobStatus.Canceled;

    /// <summary>True once a workload can no longer change (DONE, ERROR, CANCELED, TIMED_OUT).</summary>
    public static bool IsTerminal(this PasqalWorkloadStatus status) =>
        status is PasqalWorkloadStatus.Done or PasqalWorkloadStatus.Error or PasqalWorkloadStatus.Canceled or PasqalWorkloadStatus.TimedOut;

    /// <summary>True once a batch can no longer change (DONE, ERROR, CANCELED, TIMED_OUT).</summary>
    public static bool IsTerminal(this PasqalBatchStatus status) =>
        status is PasqalBatchStatus.Done or PasqalBatchStatus.Error or PasqalBatchStatus.Canceled or PasqalBatchStatus.TimedOut;
}
