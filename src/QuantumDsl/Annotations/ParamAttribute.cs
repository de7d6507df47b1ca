namespace QuantumDsl;

/// <summary>
/// Declares an experiment parameter: a <see cref="double"/> or <see cref="int"/> property with <c>init</c> or
/// <c>set</c> — or, with <see cref="Size"/>, a <c>double[]</c>/<c>int[]</c> property (an array variable of an analog
/// sequence, or a <see cref="TrapMapAttribute"/>) — its valid range and unit. Its value is checked at compile time
/// (constants and sweeps) and at run time (<c>Builder.Build()</c> and <c>Validate()</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ParamAttribute : Attribute
{
    /// <summary>Smallest valid value (inclusive). Defaults to negative infinity (no lower bound).</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>Largest valid value (inclusive). Defaults to positive infinity (no upper bound).</summary>
    public double Max { get; set; } = double.PositiveInfinity;

    /// <summary>Unit shown in messages, tables and plots (for example <c>"MHz"</c>).</summary>
    public string? Unit { get; set; }

    /// <summary>Wire / variable name. Defaults to the snake_case of the property name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// For an array property (<c>double[]</c>/<c>int[]</c>): the number of elements every value has (Pulser's
    /// <c>declare_variable(name, size=N)</c>); <see cref="Min"/> and <see cref="Max"/> bound every element. 0 (the
    /// default) for a scalar property.
    /// </summary>
    public int Size { get; set; }
}
