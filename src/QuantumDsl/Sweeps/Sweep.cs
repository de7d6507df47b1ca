using System.Collections;

namespace QuantumDsl;

/// <summary>
/// An immutable, finite, ordered set of sweep points with random access: <see cref="Count"/> is known without
/// enumerating and <c>this[i]</c> computes point <c>i</c> directly, so values never accumulate rounding error.
/// Build one with <see cref="Sweeps"/> and combine with <see cref="Sweeps.Zip{TFirst, TSecond}"/>,
/// <see cref="Sweeps.Product{TFirst, TSecond}"/>, <see cref="Sweeps.Concat{T}(Sweep{T}, Sweep{T})"/> and <see cref="Select{TResult}"/>.
/// </summary>
/// <typeparam name="T">The point type.</typeparam>
public abstract class Sweep<T> : IReadOnlyList<T>
{
    /// <summary>Number of points.</summary>
    public abstract int Count { get; }

    /// <summary>Point <paramref name="index"/> (0-based), computed directly.</summary>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return At(index);
        }
    }

    /// <summary>
    /// The <paramref name="length"/> points from <paramref name="start"/> on (no copy). Also the C# range form:
    /// <c>sweep[2..5]</c>, <c>sweep[^3..]</c>.
    /// </summary>
    public Sweep<T> Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if ((long)start + length > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length,
                $"slice: start {start} + length {length} exceeds the sweep's {Count} points");
        }

        return new SliceSweep<T>(this, start, length);
    }

    /// <summary>Maps every point through <paramref name="selector"/>, keeping count and order.</summary>
    public Sweep<TResult> Select<TResult>(Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new MappedSweep<T, TResult>(this, selector);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return At(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Computes point <paramref name="index"/>; the index is already range-checked.</summary>
    protected internal abstract T At(int index);
}
