using System.ComponentModel;
using QuantumDsl.Analog;

namespace QuantumDsl;

/// <summary>
/// The per-point sequence cache of a generated analog experiment (used by generated code). It keeps the sequence built
/// from the point's <c>[Param]</c> values and rebuilds it when they differ, so a copy made with <c>with { … }</c> (which
/// shares this object) or a point whose settable property changed never sees a stale structure. It takes no part in the
/// experiment's value equality: every cache equals every other, so two points with equal values stay equal whether or
/// not their sequences were built.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SequenceCache
{
    private Entry? _entry;

    /// <summary>The sequence built for <paramref name="values"/>, building it with <paramref name="build"/> when the last one was built for other values.</summary>
    public AnalogSequence Get(object?[] values, Func<AnalogSequence> build)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(build);
        if (_entry is { } entry && Same(entry.Values, values))
        {
            return entry.Sequence;
        }

        var sequence = build();
        _entry = new Entry(values, sequence); // one reference write: a racing reader sees the old or the new entry
        return sequence;
    }

    /// <summary>Always true for another cache: the cache is not part of a point's value.</summary>
    public override bool Equals(object? obj) => obj is SequenceCache;

    /// <summary>The same for every cache (see <see cref="Equals(object?)"/>).</summary>
    public override int GetHashCode() => 0;

    private static bool Same(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(object?[] Values, AnalogSequence Sequence);
}
