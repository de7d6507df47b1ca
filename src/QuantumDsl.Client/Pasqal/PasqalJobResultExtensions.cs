namespace QuantumDsl.Client.Pasqal;

/// <summary>Summaries of a job's measured bitstrings.</summary>
public static class PasqalJobResultExtensions
{
    /// <summary>
    /// The fraction of <c>1</c>s over every atom of every shot — in the ground–Rydberg basis the mean Rydberg
    /// population (bitstrings hold one character per atom, <c>1</c> for the excited state). 0 without shots.
    /// </summary>
    public static double ExcitedFraction(this PasqalJobResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        long ones = 0, total = 0;
        foreach (var (bits, count) in result.Counter)
        {
            ones += (long)bits.Count(c => c == '1') * count;
            total += (long)bits.Length * count;
        }

        return total == 0 ? 0 : (double)ones / total;
    }
}
