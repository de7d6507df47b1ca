namespace QuantumDsl.Simulation.Rydberg;

/// <summary>Draws measurement shots from final-state probabilities with a seeded <see cref="Random"/>.</summary>
internal static class BitstringSampler
{
    public static SortedDictionary<string, int> Sample(double[] probabilities, int atoms, int runs, int seed)
    {
        var cumulative = new double[probabilities.Length];
        var sum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
        var random = new Random(seed);
        var counts = new Dictionary<int, int>();
        for (var r = 0; r < runs; r++)
        {
            var u = random.NextDouble() * sum;
            var index = Array.BinarySearch(cumulative, u);
            index = index >= 0 ? index + 1 : ~index;
            index = Math.Min(index, cumulative.Length - 1);
            while (index > 0 && probabilities[index] == 0)
                index--; // never report an impossible outcome because of rounding at the upper edge
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }
        var counter = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, count) in counts)
            counter[Bitstring(index, atoms)] = count;
        return counter;
    }

    public static string Bitstring(int index, int atoms) =>
        Convert.ToString(index, 2).PadLeft(atoms, '0');
}
