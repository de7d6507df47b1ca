namespace QuantumDsl;

/// <summary>One analog point's values as one job binds them.</summary>
public static class AnalogJobValues
{
    /// <summary>
    /// Every variable of the point as arrays (scalars as size-1 arrays), the form
    /// <see cref="Analog.AnalogSequence.ValidateJob"/> and <see cref="Analog.AnalogSequence.Sample(IReadOnlyDictionary{string, double[]}, IReadOnlyDictionary{string, int}?, CancellationToken)"/> take.
    /// </summary>
    public static IReadOnlyDictionary<string, double[]> JobVariables(this IAnalogExperiment point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var values = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (name, value) in point.Variables)
        {
            values[name] = [value];
        }

        foreach (var (name, array) in point.ArrayVariables)
        {
            values[name] = [.. array];
        }

        return values;
    }

    /// <summary>Every violation of the point's job: <see cref="Analog.AnalogSequence.ValidateJob"/> with its arrays, trap map and runs.</summary>
    public static IReadOnlyList<Violation> ValidateJob(this IAnalogExperiment point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Sequence.ValidateJob(point.JobVariables(), point.Qubits, point.Runs);
    }
}
