namespace QuantumDsl.Client.Tests.Support;

/// <summary>An IProgress that reports on the caller's thread (System.Progress posts to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
