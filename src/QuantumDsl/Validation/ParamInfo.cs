namespace QuantumDsl;

/// <summary>Describes one <c>[Param]</c> of an experiment, for tables, plots and command lines.</summary>
/// <param name="Name">Property name, for example <c>FinalRf</c>.</param>
/// <param name="WireName">Wire / variable name, for example <c>final_rf</c>.</param>
/// <param name="Unit">Unit, or <see langword="null"/>.</param>
/// <param name="Min">Smallest valid value (inclusive).</param>
/// <param name="Max">Largest valid value (inclusive).</param>
public sealed record ParamInfo(string Name, string WireName, string? Unit, double Min, double Max);
