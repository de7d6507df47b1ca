namespace QuantumDsl;

/// <summary>
/// The runtime sweep algebra: <see cref="Linspace"/>, <see cref="Points{T}"/>, <see cref="Zip{TFirst, TSecond}"/>,
/// <see cref="Product{TFirst, TSecond}"/> and <see cref="Concat{T}(Sweep{T}, Sweep{T})"/>. Point counts are known without enumerating,
/// order is deterministic and values are exact (linspace endpoints are the given numbers). Inside an experiment
/// class <c>Sweep</c> is the generated property, hence this entry point's name.
/// </summary>
public static class Sweeps
{
    /// <summary>Most points one sweep may hold.</summary>
    public const int MaxPoints = int.MaxValue;

    /// <summary>
    /// <paramref name="count"/> evenly spaced values from <paramref name="start"/> to <paramref name="stop"/>, both
    /// included exactly. <paramref name="count"/> is at least 1, and 1 only when start equals stop.
    /// </summary>
    public static Sweep<double> Linspace(double start, double stop, int count)
    {
        RequireFinite(start, nameof(start));
        RequireFinite(stop, nameof(stop));
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"count: {count} is below the minimum 1");
        }

        if (count == 1 && start != stop)
        {
            throw new ArgumentException(
                $"count: 1 point cannot span start {Violation.Format(start)} to stop {Violation.Format(stop)}; use count >= 2 or start == stop",
                nameof(count));
        }

        return new LinspaceSweep(start, stop, count);
    }

    /// <summary>Explicit values, in the order given (at least one).</summary>
    public static Sweep<T> Points<T>(params T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("values: a sweep needs at least 1 point", nameof(values));
        }

        return new PointsSweep<T>((T[])values.Clone());
    }

    /// <summary>Pairs point i of <paramref name="first"/> with point i of <paramref name="second"/>; lengths must match.</summary>
    public static Sweep<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(Sweep<TFirst> first, Sweep<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(
                $"zip: sweeps have different lengths ({first.Count} and {second.Count}); zipped sweeps must have the same number of points",
                nameof(second));
        }

        return new ZipSweep<TFirst, TSecond>(first, second);
    }

    /// <summary>
    /// The Cartesian product: every point of <paramref name="first"/> (outer, slowest axis) with every point of
    /// <paramref name="second"/> (inner axis).
    /// </summary>
    public static Sweep<(TFirst First, TSecond Second)> Product<TFirst, TSecond>(Sweep<TFirst> first, Sweep<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new ProductSweep<TFirst, TSecond>(first, second, CheckedCount((long)first.Count * second.Count, "product"));
    }

    /// <summary>The points of <paramref name="first"/> followed by those of <paramref name="second"/>.</summary>
    public static Sweep<T> Concat<T>(Sweep<T> first, Sweep<T> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new ConcatSweep<T>(first, second, CheckedCount((long)first.Count + second.Count, "concat"));
    }

    /// <summary>
    /// <paramref name="points"/> as a runtime sweep, so a generated <c>C.Sweep</c> (or any list) takes part in
    /// <see cref="Zip{TFirst, TSecond}"/>, <see cref="Product{TFirst, TSecond}"/>, <see cref="Concat{T}(Sweep{T}, Sweep{T})"/>,
    /// <see cref="Sweep{T}.Select{TResult}"/> and slicing. A sweep is returned as it is; the generated <c>C.Sweep</c>
    /// already is one. Any other list is read in place (not copied): pass one that does not change.
    /// </summary>
    public static Sweep<T> AsSweep<T>(this IReadOnlyList<T> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points is Sweep<T> sweep)
        {
            return sweep;
        }

        if (points.Count == 0)
        {
            throw new ArgumentException("points: a sweep needs at least 1 point", nameof(points));
        }

        return new ListSweep<T>(points);
    }

    /// <summary>
    /// Joins point sets of one experiment type, in order: for example a coarse and a fine scan,
    /// <c>Sweeps.Concat(Coarse.Sweep, Fine.Sweep)</c> with two generated sweeps, or a generated sweep and a runtime one.
    /// </summary>
    public static Sweep<T> Concat<T>(params IReadOnlyList<T>[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("parts: concat needs at least 1 sweep", nameof(parts));
        }

        var joined = parts[0].AsSweep();
        for (var i = 1; i < parts.Length; i++)
        {
            joined = Concat(joined, parts[i].AsSweep());
        }

        return joined;
    }

    private static int CheckedCount(long count, string operation) =>
        count <= MaxPoints
            ? (int)count
            : throw new ArgumentException($"{operation}: {count} points exceeds the maximum {MaxPoints}");

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}: {Violation.Format(value)} is not a finite number");
        }
    }
}
