namespace QuantumDsl;

/// <summary>
/// Marks a <c>partial</c> class as an Oqtant (ultracold matter) experiment. The generator emits a validated
/// builder, the expanded sweep and the <c>IMatterExperiment</c> implementation; each sweep point is one
/// input (run) of an Oqtant job.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MatterExperimentAttribute : Attribute
{
    /// <summary>The job name sent to the service (1–50 characters). Defaults to the class name.</summary>
    public string? Name { get; set; }
}
