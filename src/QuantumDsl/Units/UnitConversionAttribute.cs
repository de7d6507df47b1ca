namespace QuantumDsl;

/// <summary>
/// Marks a <see cref="Units"/> helper as the conversion from <see cref="From"/> to <see cref="To"/> by multiplying with
/// <see cref="Factor"/>. The analyzers read it: QDSL206 offers the helper as its code fix, and QDSL202 follows a value
/// through it (scaled by the factor).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class UnitConversionAttribute : Attribute
{
    /// <summary>Declares a conversion <paramref name="from"/> → <paramref name="to"/>: <c>value * factor</c>.</summary>
    public UnitConversionAttribute(string from, string to, double factor)
    {
        From = from;
        To = to;
        Factor = factor;
    }

    /// <summary>The unit of the argument.</summary>
    public string From { get; }

    /// <summary>The unit of the result.</summary>
    public string To { get; }

    /// <summary>The result is the argument times this factor.</summary>
    public double Factor { get; }
}
