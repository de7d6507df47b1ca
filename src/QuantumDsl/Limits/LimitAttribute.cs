namespace QuantumDsl;

/// <summary>
/// The valid range of a DSL method parameter, declared once as data: the runtime validation uses the same constants
/// and the analyzers read this attribute from the compilation (QDSL202, QDSL203).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class LimitAttribute : Attribute
{
    /// <summary>Declares the inclusive range [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public LimitAttribute(double min, double max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>Smallest valid value (inclusive).</summary>
    public double Min { get; }

    /// <summary>Largest valid value (inclusive).</summary>
    public double Max { get; }

    /// <summary>Unit of the value, for messages.</summary>
    public string? Unit { get; set; }

    /// <summary>The wire field the value lands in (for example <c>time_of_flight_ms</c>), for messages.</summary>
    public string? Field { get; set; }
}
