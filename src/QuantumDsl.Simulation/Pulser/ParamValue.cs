namespace QuantumDsl.Simulation.Pulser;

/// <summary>An evaluated parametrized value: a number or a number array (variables are arrays).</summary>
internal readonly record struct ParamValue(double[] Values, bool IsArray)
{
    public static ParamValue Scalar(double value) => new([value], false);

    public int Length => Values.Length;
}
