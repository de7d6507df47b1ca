namespace QuantumDsl.Generators.Diagnostics;

/// <summary>Diagnostic IDs (contract: never renumbered, never reused). 0xx shape, 1xx parameters and sweeps, 2xx hardware.</summary>
internal static class QdslDiagnosticIds
{
    public const string NotPartial = "QDSL001";
    public const string UnsupportedShape = "QDSL002";
    public const string NotCreatable = "QDSL003";
    public const string ReservedMemberName = "QDSL004";
    public const string InvalidParamProperty = "QDSL101";
    public const string InvalidParamBounds = "QDSL102";
    public const string InitializerOutOfRange = "QDSL103";
    public const string SweepPointOutOfRange = "QDSL104";
    public const string MalformedSweep = "QDSL105";
    public const string ZipLengthMismatch = "QDSL106";
    public const string SweepTooLarge = "QDSL107";
    public const string DuplicateWireName = "QDSL108";
    public const string MatterSweepSplit = "QDSL109";
    public const string UnknownDevice = "QDSL201";
    public const string ParamExceedsHardwareLimit = "QDSL202";
    public const string ConstantOutOfRange = "QDSL203";
    public const string RunsOutOfRange = "QDSL204";
    public const string DirectParamReadInAnalogDefine = "QDSL205";
    public const string UnitMismatch = "QDSL206";
    public const string TrapMapOutsideLayout = "QDSL210";
}
