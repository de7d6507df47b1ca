namespace QuantumDsl.Analog;

/// <summary>The declared type of a sequence <see cref="Variable"/> (Pulser <c>"float"</c> or <c>"int"</c>).</summary>
public enum VariableType
{
    /// <summary>A real number (<c>"float"</c>).</summary>
    Float,

    /// <summary>An integer (<c>"int"</c>); bound values are truncated toward zero as Pulser casts them.</summary>
    Int,
}
