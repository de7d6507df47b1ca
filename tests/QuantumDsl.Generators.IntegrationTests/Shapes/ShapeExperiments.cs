using System.Diagnostics.CodeAnalysis;
using QuantumDsl.Analog;
using QuantumDsl.Matter;

namespace QuantumDsl.Generators.IntegrationTests.Shapes;

/// <summary>A record experiment: full emission, record equality over the [Param]s.</summary>
[MatterExperiment(Name = "record scan")]
public partial record RecordScan
{
    [Param(Min = 2, Max = 20, Unit = "ms")]
    [Linspace(4, 8, 3)]
    public double TimeOfFlight { get; init; } = 12;

    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(TimeOfFlight);
}

/// <summary>A primary constructor whose parameters all have defaults: <c>new C()</c> uses them.</summary>
[MatterExperiment]
public partial class PrimaryScan(string label = "primary", double offsetMs = 1)
{
    public string Label => label;

    [Param(Min = 2, Max = 20, Unit = "ms")]
    [Points(4, 6)]
    public double TimeOfFlight { get; init; } = 10;

    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(TimeOfFlight + offsetMs);
}

/// <summary>A required member with a [SetsRequiredMembers] parameterless constructor.</summary>
[AnalogExperiment("AnalogDevice", Runs = 50)]
public partial class RequiredRabi
{
    [SetsRequiredMembers]
    public RequiredRabi() => Note = "default";

    public required string Note { get; init; }

    [Param(Min = 0, Max = 12, Unit = "rad/us")]
    [Linspace(0.1, 0.7, 7)]
    public double Omega { get; init; } = 1;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: 6))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 1000, amplitude: v.Omega, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>Params whose names shadow the generated code's locals (read through <c>this.</c>).</summary>
[MatterExperiment]
public partial class LowerCaseScan
{
#pragma warning disable IDE1006, CA1707 // lower-case names on purpose
    [Param(Min = 2, Max = 20)]
    public double violations { get; init; } = 12;

    [Param(Min = 0, Max = 5)]
    public double input { get; init; } = 1;
#pragma warning restore IDE1006, CA1707

    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(violations).LifetimeMs(input);
}
