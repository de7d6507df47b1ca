namespace QuantumDsl.Client;

/// <summary>
/// When a call that starts remote work returns (the Azure SDK's <c>WaitUntil</c>): the first parameter of every
/// starting call (<c>SubmitJobAsync</c>, <c>CreateBatchAsync</c>, <c>RebatchAsync</c>, <c>AddJobsAsync</c>, …).
/// </summary>
public enum WaitUntil
{
    /// <summary>Return once the service has accepted the work; wait later with <c>WaitForCompletionAsync</c>, or resume from the operation's id.</summary>
    Started,

    /// <summary>Return once the work has ended (polling as <c>WaitForCompletionAsync</c> does).</summary>
    Completed,
}
