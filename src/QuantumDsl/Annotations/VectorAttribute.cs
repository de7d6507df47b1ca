namespace QuantumDsl;

/// <summary>
/// One sweep point of an array <see cref="ParamAttribute"/> (a property of type <c>double[]</c>/<c>int[]</c> with
/// <see cref="ParamAttribute.Size"/>): the whole vector the point takes. Repeat the attribute once per point; the points
/// are taken in the order written. Checked at compile time: each vector has <c>Size</c> finite elements (whole numbers
/// for <c>int[]</c>), each inside <c>[Min, Max]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class VectorAttribute : Attribute
{
    /// <summary>Creates one point whose value is <paramref name="values"/>.</summary>
    public VectorAttribute(params double[] values) => Values = values;

    /// <summary>The point's elements, in index order.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Zip group: sweeps with the same group name advance together as one axis (the same on every <c>[Vector]</c> of a property).</summary>
    public string? Zip { get; set; }
}
