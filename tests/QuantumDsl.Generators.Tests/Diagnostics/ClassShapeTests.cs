using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>
/// Issue 13, class shapes (QDSL002, QDSL003, QDSL004): every test source implements <c>Define</c>, and the verifier fails on
/// any compiler error, so each test also proves that no error comes from generated code (no CS0759, CS7036, CS9035,
/// CS0102, CS0542) and that the one QDSL diagnostic is what remains.
/// </summary>
public sealed class ClassShapeTests
{
    private const string Usings = "using QuantumDsl;\nusing QuantumDsl.Matter;\nusing QuantumDsl.Analog;\n";

    private const string MatterDefine = "private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);";

    private const string AnalogDefine = "private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);";

    [Fact]
    public Task Supported_shapes_compile_clean() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial record RecordScan
        {
            [Param(Min = 2, Max = 20)] [Points(4, 8)] public double Tof { get; init; } = 12;
            {{MatterDefine}}
        }

        [MatterExperiment]
        public partial class PrimaryWithDefaults(string label = "scan", int repeat = 1)
        {
            public string Label => label + repeat;
            [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;
            {{MatterDefine}}
        }

        [AnalogExperiment("AnalogDevice")]
        public partial class PrivateParameterless
        {
            private PrivateParameterless() { }
            public PrivateParameterless(int seed) : this() => Seed = seed;
            public int Seed { get; }
            [Param(Min = 0, Max = 10)] public double Omega { get; init; } = 1;
            {{AnalogDefine}}
        }

        [MatterExperiment]
        public partial class RequiredWithSetsRequiredMembers
        {
            [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
            public RequiredWithSetsRequiredMembers() => Note = "default";
            public required string Note { get; init; }
            {{MatterDefine}}
        }

        [MatterExperiment]
        public partial class Overloads
        {
            public bool Validate(int level) => level > 0;
            {{MatterDefine}}
        }
        """);

    [Fact]
    public Task QDSL003_fires_on_a_class_with_only_a_parameterised_constructor() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial class {|QDSL003:Scan|}
        {
            public Scan(double tof) => Tof = tof;
            [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;
            {{MatterDefine}}
        }
        """);

    [Fact]
    public Task QDSL003_fires_on_a_primary_constructor_parameter_without_default() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [AnalogExperiment("AnalogDevice")]
        public partial class {|QDSL003:Rabi|}(int seed)
        {
            public int Seed => seed;
            [Param(Min = 0, Max = 10)] public double Omega { get; init; } = 1;
            {{AnalogDefine}}
        }
        """);

    [Fact]
    public Task QDSL003_fires_on_a_required_member() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial class {|QDSL003:Scan|}
        {
            [Param(Min = 2, Max = 20)] public required double Tof { get; init; }
            {{MatterDefine}}
        }
        """);

    [Fact]
    public Task QDSL003_message_names_the_constructor_parameter() => new QdslAnalyzerTest<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial class Scan(int seed)
        {
            public int Seed => seed;
            {{MatterDefine}}
        }
        """)
    {
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("QDSL003", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan(5, 22, 5, 26)
                .WithArguments("Scan", "has no constructor callable without arguments ('seed' of 'Scan.Scan(int seed)' has no default); give every constructor parameter a default value, or add a parameterless constructor"),
        },
    }.RunAsync();

    [Fact]
    public Task QDSL002_generic_classes_with_a_Define_body_get_only_QDSL002() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial class MatterGeneric{|QDSL002:<T>|}
        {
            [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;
            {{MatterDefine}}
        }

        [AnalogExperiment("AnalogDevice")]
        public partial class AnalogGeneric{|QDSL002:<T>|} where T : new()
        {
            [Param(Min = 0, Max = 10)] public double Omega { get; init; } = 1;
            private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);
        }
        """);

    [Fact]
    public Task QDSL002_abstract_derived_and_two_family_classes_with_a_Define_body_get_only_QDSL002() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public {|QDSL002:abstract|} partial class Abstract
        {
            {{MatterDefine}}
        }

        [MatterExperiment]
        [{|QDSL002:AnalogExperiment("AnalogDevice")|}]
        public partial class Both
        {
            {{AnalogDefine}}
        }

        [MatterExperiment]
        public partial class Base
        {
            {{MatterDefine}}
        }

        [MatterExperiment]
        public partial class {|QDSL002:Derived|} : Base
        {
            {{MatterDefine}}
        }
        """);

    [Fact]
    public Task QDSL004_fires_on_params_named_like_generated_members() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [AnalogExperiment("AnalogDevice")]
        public partial class Shots
        {
            [Param(Min = 1, Max = 500)] public int {|QDSL004:Runs|} { get; init; } = 100;
            [Param(Min = 0, Max = 10)] public double Omega { get; init; } = 1;
            {{AnalogDefine}}
        }

        [MatterExperiment]
        public partial class Scan
        {
            [Param(Min = 0, Max = 10)] public double {|QDSL004:Sweep|} { get; init; } = 1;
            [Param(Min = 0, Max = 10)] public double {|QDSL004:Parameters|} { get; init; } = 1;
            [Param(Min = 0, Max = 10)] public double {|QDSL004:JobName|} { get; init; } = 1;
            public sealed class {|QDSL004:Builder|} { }
            public string {|QDSL004:Validate|}() => "";
            {{MatterDefine}}
        }
        """);

    /// <summary>
    /// The one shape the compiler stops at in user code: an analog member named <c>Vars</c> leaves <c>Define(…, Vars v)</c>
    /// without its type (the generator cannot add the nested <c>Vars</c> class next to it). The errors are in the user's
    /// own signature, none in generated code, and QDSL004 names the cause.
    /// </summary>
    [Fact]
    public Task QDSL004_on_an_analog_member_named_Vars_leaves_only_errors_in_the_users_Define() => new QdslAnalyzerTest<ExperimentAnalyzer>(Usings + $$"""
        [AnalogExperiment("AnalogDevice")]
        public partial class Shots
        {
            [Param(Min = 0, Max = 10)] public double {|QDSL004:Vars|} { get; init; } = 1;
            private partial void {|CS0759:Define|}(SequenceBuilder seq, {|CS0246:Vars|} v) => seq.Measure(Basis.GroundRydberg);
        }

        [MatterExperiment]
        public partial class MatterMayUseVars
        {
            [Param(Min = 0, Max = 10)] public double Vars { get; init; } = 1;
            {{MatterDefine}}
        }
        """).RunAsync();

    [Fact]
    public Task QDSL004_fires_on_the_class_for_an_inherited_member() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        public class Lab
        {
            public int Runs { get; } = 3;
        }

        [AnalogExperiment("AnalogDevice")]
        public partial class {|QDSL004:Rabi|} : Lab
        {
            {{AnalogDefine}}
        }
        """);

    [Fact]
    public Task QDSL004_message_keeps_the_wire_name() => new QdslAnalyzerTest<ExperimentAnalyzer>(Usings + $$"""
        [AnalogExperiment("AnalogDevice")]
        public partial class Shots
        {
            [Param(Min = 1, Max = 500)] public int Runs { get; init; } = 100;
            {{AnalogDefine}}
        }
        """)
    {
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("QDSL004", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithSpan(7, 44, 7, 48)
                .WithArguments("Runs", "'int Runs' of IAnalogExperiment", "; rename the [Param] (its wire name can stay 'runs' with [Param(Name = \"runs\")])"),
        },
    }.RunAsync();

    [Fact]
    public Task Param_names_that_shadow_generated_locals_compile() => Verify.Analyzer<ExperimentAnalyzer>(Usings + $$"""
        [MatterExperiment]
        public partial class Lower
        {
            [Param(Min = 0, Max = 10)] public double violations { get; init; } = 1;
            [Param(Min = 0, Max = 10)] public double input { get; init; } = 1;
            [Param(Min = 0, Max = 10)] public double job { get; init; } = 1;
            {{MatterDefine}}
        }

        [AnalogExperiment("AnalogDevice")]
        public partial class LowerAnalog
        {
            [Param(Min = 0, Max = 10, Name = "a")] public double seq { get; init; } = 1;
            [Param(Min = 0, Max = 10, Name = "b")] public double v { get; init; } = 1;
            [Param(Min = 0, Max = 10, Name = "c")] public double e { get; init; } = 1;
            {{AnalogDefine}}
        }
        """);
}
