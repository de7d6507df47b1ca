using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Diagnostics;

/// <summary>Every diagnostic descriptor, in one place. Help links point to <c>docs/diagnostics.md#qdslNNN</c>.</summary>
internal static class QdslDiagnostics
{
    public const string UsageCategory = "QuantumDsl.Usage";
    public const string SweepCategory = "QuantumDsl.Sweep";
    public const string HardwareCategory = "QuantumDsl.Hardware";

    public const string HelpLinkBase = "https://github.com/quantumdsl/quantumdsl/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        QdslDiagnosticIds.NotPartial, UsageCategory,
        "Experiment class is not partial",
        "Experiment class '{0}' must be declared 'partial' so the generator can add its members");

    public static readonly DiagnosticDescriptor UnsupportedShape = Error(
        QdslDiagnosticIds.UnsupportedShape, UsageCategory,
        "Unsupported experiment class shape",
        "Experiment class '{0}' cannot be {1}");

    public static readonly DiagnosticDescriptor NotCreatable = Error(
        QdslDiagnosticIds.NotCreatable, UsageCategory,
        "Experiment class cannot be created with 'new C()'",
        "Experiment class '{0}' {1}; the generated Sweep and Builder create its points with 'new {0}()'");

    public static readonly DiagnosticDescriptor ReservedMemberName = Error(
        QdslDiagnosticIds.ReservedMemberName, UsageCategory,
        "Member named like a generated member",
        "'{0}' is the name of a member the generator adds to the experiment class ({1}){2}");

    public static readonly DiagnosticDescriptor InvalidParamProperty = Error(
        QdslDiagnosticIds.InvalidParamProperty, UsageCategory,
        "Invalid [Param] property",
        "[Param] property '{0}' {1}");

    public static readonly DiagnosticDescriptor InvalidParamBounds = Error(
        QdslDiagnosticIds.InvalidParamBounds, UsageCategory,
        "Invalid [Param] bounds",
        "[Param] '{0}': {1}");

    public static readonly DiagnosticDescriptor InitializerOutOfRange = Error(
        QdslDiagnosticIds.InitializerOutOfRange, UsageCategory,
        "[Param] initializer outside its range",
        "The initial value {1} of '{0}' lies outside its range [{2}, {3}]");

    public static readonly DiagnosticDescriptor SweepPointOutOfRange = Error(
        QdslDiagnosticIds.SweepPointOutOfRange, SweepCategory,
        "Sweep point outside the [Param] range",
        "Sweep point {1} (index {2}) of '{0}' lies outside its range [{3}, {4}]");

    public static readonly DiagnosticDescriptor MalformedSweep = Error(
        QdslDiagnosticIds.MalformedSweep, SweepCategory,
        "Malformed sweep",
        "Sweep on '{0}' is malformed: {1}");

    public static readonly DiagnosticDescriptor ZipLengthMismatch = Error(
        QdslDiagnosticIds.ZipLengthMismatch, SweepCategory,
        "Zipped sweeps of different lengths",
        "Sweep on '{0}' has {1} points but zip group '{2}' has {3} (from '{4}')");

    public static readonly DiagnosticDescriptor SweepTooLarge = Error(
        QdslDiagnosticIds.SweepTooLarge, SweepCategory,
        "Sweep too large",
        "The sweep of '{0}' expands to {1} points, more than the maximum {2}");

    public static readonly DiagnosticDescriptor DuplicateWireName = Error(
        QdslDiagnosticIds.DuplicateWireName, UsageCategory,
        "Duplicate [Param] wire name",
        "[Param] '{0}' has wire name '{1}', already used by '{2}'");

    public static readonly DiagnosticDescriptor MatterSweepSplit = new(
        QdslDiagnosticIds.MatterSweepSplit,
        "Matter sweep split into several jobs",
        "The sweep of '{0}' has {1} points, more than {2} inputs per Oqtant job: it is split into {3} jobs that may not run back to back",
        SweepCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "qdsl109");

    public static readonly DiagnosticDescriptor UnknownDevice = Error(
        QdslDiagnosticIds.UnknownDevice, HardwareCategory,
        "Unknown device",
        "Unknown device '{0}'; known devices: {1}");

    public static readonly DiagnosticDescriptor ParamExceedsHardwareLimit = Error(
        QdslDiagnosticIds.ParamExceedsHardwareLimit, HardwareCategory,
        "[Param] range exceeds a hardware limit",
        "'{0}' can be {1} ({2}) but '{3}' accepts [{4}, {5}]{6}");

    public static readonly DiagnosticDescriptor ConstantOutOfRange = Error(
        QdslDiagnosticIds.ConstantOutOfRange, HardwareCategory,
        "Constant argument outside the valid range",
        "{0} for '{1}' lies outside [{2}, {3}]{4}");

    public static readonly DiagnosticDescriptor RunsOutOfRange = Error(
        QdslDiagnosticIds.RunsOutOfRange, HardwareCategory,
        "Runs outside the device's range",
        "Runs = {0} lies outside [1, {1}] for device '{2}'");

    public static readonly DiagnosticDescriptor DirectParamReadInAnalogDefine = new(
        QdslDiagnosticIds.DirectParamReadInAnalogDefine,
        "Analog Define reads a [Param] property where its variable would do",
        "Define reads '{0}' directly where 'v.{0}' fits: each value of '{0}' then builds and sends its own sequence; 'v.{0}' keeps it a variable of one shared sequence",
        UsageCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "qdsl205");

    public static readonly DiagnosticDescriptor UnitMismatch = Error(
        QdslDiagnosticIds.UnitMismatch, HardwareCategory,
        "Value passed in the wrong unit",
        "'{0}' is in {1} but '{2}' takes {3}{4}");

    public static readonly DiagnosticDescriptor TrapMapOutsideLayout = Error(
        QdslDiagnosticIds.TrapMapOutsideLayout, HardwareCategory,
        "Trap map does not fit the layout",
        "Trap map '{0}': {1}");

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
