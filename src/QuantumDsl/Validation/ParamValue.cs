namespace QuantumDsl;

/// <summary>One <c>[Param]</c> of an experiment point and this point's value of it, for tables, exports and plots.</summary>
/// <param name="Param">The parameter: name, wire name, unit and range.</param>
/// <param name="Value">This point's value (an <c>int</c> parameter's value converted exactly).</param>
public sealed record ParamValue(ParamInfo Param, double Value);
