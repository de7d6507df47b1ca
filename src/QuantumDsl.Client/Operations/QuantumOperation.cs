using System.Globalization;

namespace QuantumDsl.Client;

/// <summary>
/// One long-running piece of remote work (an Oqtant job, a Pasqal batch or workload), after the Azure SDK's
/// <c>Operation&lt;T&gt;</c>: its <see cref="Id"/>, whether it <see cref="HasCompleted"/>, its state as last read
/// (<see cref="Value"/>), one status read (<see cref="UpdateStatusAsync"/>) and polling until it ends
/// (<see cref="WaitForCompletionAsync(CancellationToken)"/>). Work that ended badly (a FAILED job, a batch with ERROR
/// jobs) is a value, not an exception: its status and errors say why; a call that fails (HTTP, an unknown id) throws
/// <see cref="QuantumServiceException"/>. Resume after a restart from the id alone:
/// <c>OqtantClient.GetJobOperation(id)</c>, <c>PasqalClient.GetBatchOperation(id)</c>. Not thread-safe: one handle
/// per caller.
/// </summary>
/// <typeparam name="T">The service's description of the work (for example <c>OqtantJob</c>, <c>PasqalBatchInfo</c>).</typeparam>
public abstract class QuantumOperation<T>
    where T : class
{
    private T? _value;

    private protected QuantumOperation(string id, T? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        _value = value;
    }

    /// <summary>The work's id on the service: all it takes to resume the operation later, in another process.</summary>
    public string Id { get; }

    /// <summary>True once the work has ended, whichever way (done, failed, cancelled).</summary>
    public abstract bool HasCompleted { get; }

    /// <summary>True once the work's state has been read (a handle made from an id alone has none until its first read).</summary>
    public bool HasValue => _value is not null;

    /// <summary>The work as last read from the service.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been read yet (<see cref="HasValue"/> is false).</exception>
    public T Value => _value ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
        $"{Kind} {Id} has not been read yet (HasValue is false): call UpdateStatusAsync or WaitForCompletionAsync first."));

    /// <summary>Reads the work's state once (one request, or a few for long job lists) and returns it.</summary>
    public abstract Task<T> UpdateStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls until <see cref="HasCompleted"/>, with the client's exponential backoff (<c>PollInterval</c> doubling up to
    /// <c>MaxPollInterval</c>), and returns the work in its final state.
    /// </summary>
    public Task<T> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
        WaitCoreAsync(PollInterval, MaxPollInterval, cancellationToken);

    /// <summary>Polls every <paramref name="pollingInterval"/> until <see cref="HasCompleted"/> and returns the work in its final state.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollingInterval"/> is not positive.</exception>
    public Task<T> WaitForCompletionAsync(TimeSpan pollingInterval, CancellationToken cancellationToken = default)
    {
        if (pollingInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(pollingInterval), pollingInterval,
                "pollingInterval must be positive (e.g. TimeSpan.FromSeconds(1)); WaitForCompletionAsync(cancellationToken) uses the client's backoff.");
        }

        return WaitCoreAsync(pollingInterval, pollingInterval, cancellationToken);
    }

    /// <summary>Cancels the work on the service.</summary>
    public abstract Task CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>What the work is called in messages ("Job", "Batch", …).</summary>
    private protected abstract string Kind { get; }

    /// <summary>The first wait of <see cref="WaitForCompletionAsync(CancellationToken)"/>.</summary>
    private protected abstract TimeSpan PollInterval { get; }

    /// <summary>The longest wait of <see cref="WaitForCompletionAsync(CancellationToken)"/>.</summary>
    private protected abstract TimeSpan MaxPollInterval { get; }

    /// <summary>The value as last read, or null.</summary>
    private protected T? Latest => _value;

    /// <summary>Records a fresh read.</summary>
    private protected void SetValue(T value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Called once <see cref="WaitForCompletionAsync(CancellationToken)"/> saw the work end.</summary>
    private protected virtual void OnCompleted()
    {
    }

    /// <summary>Throws when <paramref name="waitUntil"/> is not a <see cref="WaitUntil"/> member (checked before any request is sent).</summary>
    internal static void Check(WaitUntil waitUntil)
    {
        if (waitUntil is not (WaitUntil.Started or WaitUntil.Completed))
        {
            throw new ArgumentOutOfRangeException(nameof(waitUntil), waitUntil, "waitUntil must be WaitUntil.Started or WaitUntil.Completed.");
        }
    }

    /// <summary>Returns a just-started operation, after waiting for it when <paramref name="waitUntil"/> asks.</summary>
    internal static async Task<TOperation> StartedAsync<TOperation>(TOperation operation, WaitUntil waitUntil, CancellationToken cancellationToken)
        where TOperation : QuantumOperation<T>
    {
        if (waitUntil == WaitUntil.Completed)
        {
            await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    private async Task<T> WaitCoreAsync(TimeSpan first, TimeSpan max, CancellationToken cancellationToken)
    {
        var delay = first;
        await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        while (!HasCompleted)
        {
            delay = await PollBackoff.WaitAsync(delay, max, cancellationToken).ConfigureAwait(false);
            await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        }

        OnCompleted();
        return Value;
    }
}
