namespace QuantumDsl;

/// <summary>
/// The unit of a <see cref="DeviceQuantity"/> member, declared once: the analyzers read it from the compilation for
/// their messages and for the unit check QDSL206.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class UnitAttribute : Attribute
{
    /// <summary>Declares the unit <paramref name="symbol"/> (for example <c>"rad/µs"</c>).</summary>
    public UnitAttribute(string symbol) => Symbol = symbol;

    /// <summary>The unit's symbol.</summary>
    public string Symbol { get; }
}
