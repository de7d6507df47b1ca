namespace QuantumDsl.Generators;

/// <summary>Names of the generator's tracked incremental steps (tests check their run reasons).</summary>
internal static class QdslTrackingNames
{
    public const string MatterExperiments = nameof(MatterExperiments);
    public const string AnalogExperiments = nameof(AnalogExperiments);
    public const string MatterSpecs = nameof(MatterSpecs);
    public const string AnalogSpecs = nameof(AnalogSpecs);
    public const string Enabled = nameof(Enabled);
}
