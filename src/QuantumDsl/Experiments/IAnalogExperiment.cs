using QuantumDsl.Analog;

namespace QuantumDsl;

/// <summary>
/// One point of an analog (Pasqal) experiment: its sequence, its variable values by wire name, and the shots per job.
/// Points with equal sequences (a sweep that changes only variables) share one batch that sends the sequence once and
/// one job <c>{runs, variables}</c> per point; each distinct sequence (a structure sweep) is its own batch.
/// </summary>
public interface IAnalogExperiment : IExperiment
{
    /// <summary>This point's sequence (a generated experiment runs <c>Define</c> on the point; points that only differ in variables build equal sequences).</summary>
    AnalogSequence Sequence { get; }

    /// <summary>This point's variable values, by wire name.</summary>
    IReadOnlyDictionary<string, double> Variables { get; }

    /// <summary>Shots per job.</summary>
    int Runs { get; }

    /// <summary>
    /// This point's values of the sequence's array variables (declared with a size; array <c>[Param]</c>s), by wire
    /// name; sent as JSON arrays in the job's <c>variables</c>. None by default.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<double>> ArrayVariables => System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<double>>.Empty;

    /// <summary>
    /// This point's {qubit id: trap id} map for a sequence on a <c>MappableRegister</c> (a <c>[TrapMap]</c> parameter),
    /// sent as the job's <c>variables.qubits</c>; null (the default) when the register is not mappable or each qubit's
    /// default trap is used.
    /// </summary>
    IReadOnlyDictionary<string, int>? Qubits => null;

    /// <summary>
    /// For a hand-written point without its own list: one <see cref="ParamValue"/> per variable, named by its wire name,
    /// with no unit and no range (generated experiments list their <c>[Param]</c>s with units and ranges instead).
    /// </summary>
    IReadOnlyList<ParamValue> IExperiment.ParameterValues =>
        [.. Variables.Select(v => new ParamValue(new ParamInfo(v.Key, v.Key, null, double.NegativeInfinity, double.PositiveInfinity), v.Value))];
}
