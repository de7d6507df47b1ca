using System;
using System.Text;

namespace QuantumDsl.Generators.Helpers;

/// <summary>
/// One cached <see cref="StringBuilder"/> per thread for the emitter: a compilation emits hundreds of files of similar
/// size, and reusing the builder's buffer saves allocating (and collecting) one per file. A builder that grew past
/// <see cref="MaxCachedCapacity"/> is dropped instead of kept, so one huge sweep does not pin memory.
/// </summary>
internal static class StringBuilderPool
{
    private const int InitialCapacity = 16 * 1024;
    private const int MaxCachedCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? s_cached;

    public static StringBuilder Rent()
    {
        var builder = s_cached;
        if (builder is null)
        {
            return new StringBuilder(InitialCapacity);
        }

        s_cached = null;
        return builder;
    }

    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            builder.Clear();
            s_cached = builder;
        }

        return text;
    }
}
