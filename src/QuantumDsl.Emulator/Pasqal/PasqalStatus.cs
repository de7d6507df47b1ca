namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Batch and job statuses (pasqal-cloud <c>BatchStatus</c>/<c>JobStatus</c> wire strings) and their transitions.</summary>
internal static class PasqalStatus
{
    public const string Pending = "PENDING";
    public const string Running = "RUNNING";
    public const string Done = "DONE";
    public const string Error = "ERROR";
    public const string Canceled = "CANCELED";
    public const string TimedOut = "TIMED_OUT";

    public static readonly IReadOnlyList<string> BatchStatuses = [Pending, Running, Done, Error, Canceled, TimedOut];
    public static readonly IReadOnlyList<string> JobStatuses = [Pending, Running, Done, Error, Canceled];

    public static bool IsTerminal(string status) => status is Done or Error or Canceled or TimedOut;
}

/// <summary>Queue priorities accepted by the batch filter (every emulator batch is MEDIUM).</summary>
internal static class QueuePriority
{
    public const string Default = "MEDIUM";
    public static readonly IReadOnlyList<string> All = ["LOW", "MEDIUM", "HIGH"];
}
