namespace QuantumDsl;

/// <summary>
/// Sweeps a <see cref="ParamAttribute"/> property over <c>count</c> evenly spaced values from
/// <c>start</c> to <c>stop</c>, both included (exact endpoints). Expanded at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class LinspaceAttribute : Attribute
{
    /// <summary>Creates the sweep.</summary>
    public LinspaceAttribute(double start, double stop, int count)
    {
        Start = start;
        Stop = stop;
        Count = count;
    }

    /// <summary>First value.</summary>
    public double Start { get; }

    /// <summary>Last value.</summary>
    public double Stop { get; }

    /// <summary>Number of values (at least 1; 1 only when <see cref="Start"/> equals <see cref="Stop"/>).</summary>
    public int Count { get; }

    /// <summary>Zip group: sweeps with the same group name advance together as one axis.</summary>
    public string? Zip { get; set; }
}
