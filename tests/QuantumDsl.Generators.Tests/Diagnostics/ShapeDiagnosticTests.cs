using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>QDSL001, QDSL002: a firing and a non-firing case each, on the smallest span.</summary>
public sealed class ShapeDiagnosticTests
{
    private const string Usings = "using QuantumDsl;\nusing QuantumDsl.Matter;\n";

    [Fact]
    public Task QDSL001_fires_on_the_name_of_a_non_partial_class() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        [MatterExperiment]
        public class {|QDSL001:Scan|}
        {
        }
        """);

    [Fact]
    public Task QDSL001_is_silent_for_a_partial_class() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        [MatterExperiment]
        public partial class Scan
        {
            private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
        }
        """);

    [Fact]
    public Task QDSL002_fires_for_generic_static_and_abstract_classes() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        [MatterExperiment]
        public partial class Generic{|QDSL002:<T>|}
        {
        }

        [MatterExperiment]
        public {|QDSL002:static|} partial class Static
        {
        }

        [MatterExperiment]
        public {|QDSL002:abstract|} partial class Abstract
        {
        }
        """);

    [Fact]
    public Task QDSL002_fires_when_nested_in_a_non_partial_type() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        public class Outer
        {
            [MatterExperiment]
            public partial class {|QDSL002:Inner|}
            {
            }
        }
        """);

    [Fact]
    public Task QDSL002_fires_for_both_families_on_one_class() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        [MatterExperiment]
        [{|QDSL002:AnalogExperiment("AnalogDevice")|}]
        public partial class Both
        {
        }
        """);

    [Fact]
    public Task QDSL002_is_silent_when_nested_in_partial_types() => Verify.Analyzer<ExperimentAnalyzer>(Usings + """
        public partial class Outer
        {
            public partial struct Middle
            {
                [MatterExperiment]
                public partial class Inner
                {
                    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                }
            }
        }
        """);
}
