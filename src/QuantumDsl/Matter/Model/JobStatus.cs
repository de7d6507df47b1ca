using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The state of an Oqtant job (<c>status</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<JobStatus>))]
public enum JobStatus
{
    /// <summary>Queued (<c>PENDING</c>).</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>Running on the hardware (<c>RUNNING</c>).</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>Finished; outputs are attached (<c>COMPLETE</c>).</summary>
    [JsonStringEnumMemberName("COMPLETE")]
    Complete,

    /// <summary>Failed (<c>FAILED</c>).</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>Cancelled by the user (<c>CANCELLED</c>).</summary>
    [JsonStringEnumMemberName("CANCELLED")]
    Cancelled,

    /// <summary>Finished with some failed runs (<c>INCOMPLETE</c>; see <c>failed_inputs</c>).</summary>
    [JsonStringEnumMemberName("INCOMPLETE")]
    Incomplete,
}
