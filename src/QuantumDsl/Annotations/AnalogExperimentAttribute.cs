namespace QuantumDsl;

/// <summary>
/// Marks a <c>partial</c> class as a Pasqal (neutral-atom) experiment on a named device. <c>Define</c> is called once
/// with symbolic variables; each sweep point becomes one job <c>{runs, variables}</c> of a single batch.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AnalogExperimentAttribute : Attribute
{
    /// <summary>Creates the attribute for the device named <paramref name="device"/> (for example <c>"AnalogDevice"</c>).</summary>
    public AnalogExperimentAttribute(string device) => Device = device;

    /// <summary>The device name, one of the device catalog's names.</summary>
    public string Device { get; }

    /// <summary>Shots per job (1 to the device's <c>max_runs</c>). Defaults to 100.</summary>
    public int Runs { get; set; } = 100;
}
