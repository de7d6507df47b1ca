namespace QuantumDsl.Generators.Diagnostics;

/// <summary>The diagnostic property that tells the unit code fix which <c>Units</c> helper to insert (QDSL206).</summary>
internal static class UnitProperties
{
    public const string Key = "QdslUnitConversion";
}
