namespace QuantumDsl.Analog;

/// <summary>
/// One point of an analog sweep over a sequence that no generated experiment class builds — typically one written in
/// Python with Pulser and read with <see cref="AnalogSequence.FromAbstractRepr"/>: the sequence (shared by every point),
/// this point's variable values by wire name and the shots. An <see cref="IAnalogExperiment"/>, so the client's analog
/// runner submits a list of them as one Pasqal batch, exactly as it submits a generated class's <c>Sweep</c>.
/// </summary>
/// <param name="Sequence">The sequence, the same object for every point.</param>
/// <param name="Variables">This point's values of the sequence's (scalar) variables, by wire name.</param>
/// <param name="Runs">Shots per job.</param>
public sealed record AnalogPoint(AnalogSequence Sequence, IReadOnlyDictionary<string, double> Variables, int Runs) : IAnalogExperiment
{
    /// <summary>This point's array variables by wire name (sent as JSON arrays); none unless set.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> ArrayVariables { get; init; } =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<double>>.Empty;

    /// <summary>This point's {qubit id: trap id} map for a mappable register (the job's <c>variables.qubits</c>), or null.</summary>
    public IReadOnlyDictionary<string, int>? Qubits { get; init; }

    /// <summary>
    /// Every violation of this point: <see cref="AnalogSequence.Validate"/> with <see cref="Variables"/> and
    /// <see cref="Runs"/>, or — with arrays or a trap map — <see cref="AnalogSequence.ValidateJob"/> with all of them.
    /// </summary>
    public IReadOnlyList<Violation> Validate() => ArrayVariables.Count == 0 && Qubits is null
        ? Sequence.Validate(Variables, Runs)
        : this.ValidateJob();

    /// <summary>One point per value of <paramref name="variable"/> (the sequence's other variables fixed by <paramref name="fixedValues"/>).</summary>
    public static IReadOnlyList<AnalogPoint> Sweep(AnalogSequence sequence, string variable, IEnumerable<double> values, int runs, IReadOnlyDictionary<string, double>? fixedValues = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(value =>
        {
            var point = new Dictionary<string, double>(fixedValues ?? new Dictionary<string, double>(), StringComparer.Ordinal) { [variable] = value };
            return new AnalogPoint(sequence, point, runs);
        }).ToList();
    }
}
