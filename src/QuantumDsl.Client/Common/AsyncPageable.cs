using System.Runtime.CompilerServices;

namespace QuantumDsl.Client;

/// <summary>
/// A listing that is fetched page by page as it is enumerated: <c>await foreach</c> gives every item,
/// <see cref="AsPages"/> gives the pages (each with the service's total).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class AsyncPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<int, int, CancellationToken, Task<Page<T>>> _fetch;
    private readonly int _pageSize;
    private readonly int _startOffset;
    private readonly int? _maxItems;

    internal AsyncPageable(Func<int, int, CancellationToken, Task<Page<T>>> fetch, int pageSize, int startOffset, int? maxItems)
    {
        _fetch = fetch;
        _pageSize = pageSize;
        _startOffset = startOffset;
        _maxItems = maxItems;
    }

    /// <summary>Fetches only the first page (cheap way to read the total).</summary>
    public Task<Page<T>> FirstPageAsync(CancellationToken cancellationToken = default) =>
        _fetch(_startOffset, _maxItems is { } m ? Math.Min(m, _pageSize) : _pageSize, cancellationToken);

    /// <summary>Enumerates the pages, following offsets until the service's total (or the item cap) is reached.</summary>
    public async IAsyncEnumerable<Page<T>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = _startOffset;
        var taken = 0;
        while (true)
        {
            var size = _maxItems is { } max ? Math.Min(_pageSize, max - taken) : _pageSize;
            if (size <= 0)
            {
                yield break;
            }

            var page = await _fetch(offset, size, cancellationToken).ConfigureAwait(false);
            yield return page;
            taken += page.Values.Count;
            offset = page.Offset + page.Values.Count;
            if (page.Values.Count == 0 || offset >= page.Total)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }
}
