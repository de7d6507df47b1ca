namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// Splits index ranges into a fixed number of chunks run on all cores (<see cref="Parallel.For(int, int, Action{int})"/>)
/// when the vector is large; sums are reduced in chunk order, so results do not depend on the core count.
/// </summary>
internal static class Chunks
{
    /// <summary>Vectors shorter than this run on one thread (2^14 amplitudes: below that, threads cost more than they save).</summary>
    public const int ParallelThreshold = 1 << 14;

    private const int Count = 16;

    public static void For(int length, Action<int, int> body)
    {
        if (length < ParallelThreshold)
        {
            body(0, length);
            return;
        }
        var size = length / Count;
        Parallel.For(0, Count, c => body(c * size, c == Count - 1 ? length - c * size : size));
    }

    public static double Sum(int length, Func<int, int, double> body)
    {
        if (length < ParallelThreshold)
            return body(0, length);
        var size = length / Count;
        var partial = new double[Count];
        Parallel.For(0, Count, c => partial[c] = body(c * size, c == Count - 1 ? length - c * size : size));
        var sum = 0.0;
        foreach (var p in partial)
            sum += p;
        return sum;
    }
}
