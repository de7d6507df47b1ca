namespace QuantumDsl;

/// <summary>One point of an experiment (either family): it can list everything wrong with it, and its parameter values.</summary>
public interface IExperiment
{
    /// <summary>Every violation of this point: <c>[Param]</c> ranges and the hardware limits of what it builds.</summary>
    IReadOnlyList<Violation> Validate();

    /// <summary>
    /// Every <c>[Param]</c> of this point with its value, in declaration order (swept or not): what result tables and
    /// exports show as one column per parameter. Generated experiments list all of them; a hand-written implementation
    /// that does not override this has none (analog points fall back to their <see cref="IAnalogExperiment.Variables"/>).
    /// </summary>
    IReadOnlyList<ParamValue> ParameterValues => [];
}
