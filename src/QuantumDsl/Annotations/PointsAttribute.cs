namespace QuantumDsl;

/// <summary>Sweeps a <see cref="ParamAttribute"/> property over explicit values, in the order given.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class PointsAttribute : Attribute
{
    /// <summary>Creates the sweep over <paramref name="values"/> (at least one).</summary>
    public PointsAttribute(params double[] values) => Values = values;

    /// <summary>The values, in sweep order.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Zip group: sweeps with the same group name advance together as one axis.</summary>
    public string? Zip { get; set; }
}
