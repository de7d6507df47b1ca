namespace QuantumDsl;

/// <summary>
/// <c>count</c> evenly spaced values; point i is computed from the endpoints, never accumulated, by
/// <see cref="LinspaceMath"/> (decimal endpoints give the nearest double to the decimal point, as the generator's).
/// </summary>
internal sealed class LinspaceSweep : Sweep<double>
{
    private readonly double _start;
    private readonly double _stop;
    private readonly int _count;
    private readonly bool _decimalEndpoints;
    private readonly decimal _decimalStart;
    private readonly decimal _decimalStop;

    public LinspaceSweep(double start, double stop, int count)
    {
        (_start, _stop, _count) = (start, stop, count);
        _decimalEndpoints = LinspaceMath.TryDecimalEndpoints(start, stop, out _decimalStart, out _decimalStop);
    }

    public override int Count => _count;

    protected internal override double At(int index) =>
        LinspaceMath.Point(_start, _stop, _count, index, _decimalEndpoints, _decimalStart, _decimalStop);
}

/// <summary>Explicit values, in the order given.</summary>
internal sealed class PointsSweep<T>(T[] values) : Sweep<T>
{
    public override int Count => values.Length;

    protected internal override T At(int index) => values[index];
}

/// <summary>Two sweeps of equal length advancing together.</summary>
internal sealed class ZipSweep<TFirst, TSecond>(Sweep<TFirst> first, Sweep<TSecond> second) : Sweep<(TFirst, TSecond)>
{
    public override int Count => first.Count;

    protected internal override (TFirst, TSecond) At(int index) => (first.At(index), second.At(index));
}

/// <summary>Cartesian product; the first sweep is the outer (slowest) axis.</summary>
internal sealed class ProductSweep<TFirst, TSecond>(Sweep<TFirst> first, Sweep<TSecond> second, int count)
    : Sweep<(TFirst, TSecond)>
{
    public override int Count => count;

    protected internal override (TFirst, TSecond) At(int index)
    {
        var inner = second.Count;
        return (first.At(index / inner), second.At(index % inner));
    }
}

/// <summary>The points of one sweep followed by the points of another.</summary>
internal sealed class ConcatSweep<T>(Sweep<T> first, Sweep<T> second, int count) : Sweep<T>
{
    public override int Count => count;

    protected internal override T At(int index) =>
        index < first.Count ? first.At(index) : second.At(index - first.Count);
}

/// <summary>Every point mapped through a function.</summary>
internal sealed class MappedSweep<TSource, TResult>(Sweep<TSource> source, Func<TSource, TResult> selector) : Sweep<TResult>
{
    public override int Count => source.Count;

    protected internal override TResult At(int index) => selector(source.At(index));
}

/// <summary>A contiguous run of another sweep's points.</summary>
internal sealed class SliceSweep<T>(Sweep<T> source, int start, int length) : Sweep<T>
{
    public override int Count => length;

    protected internal override T At(int index) => source.At(start + index);
}

/// <summary>The points of a finished list (a generated <c>C.Sweep</c>, or any other), in its order.</summary>
internal sealed class ListSweep<T>(IReadOnlyList<T> values) : Sweep<T>
{
    public override int Count => values.Count;

    protected internal override T At(int index) => values[index];
}
