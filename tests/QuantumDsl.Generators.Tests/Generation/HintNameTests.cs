using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Issue 13, class 4: hint names are valid for every legal identifier (no CS8785), and distinct classes get distinct files.</summary>
public sealed class HintNameTests
{
    [Fact]
    public void Escaped_keywords_unicode_and_names_differing_only_in_case_generate_and_compile()
    {
        var (output, result) = TestCompilation.Generate("""
            using QuantumDsl;
            using QuantumDsl.Matter;

            namespace Lab.@event.Ünïcödé
            {
                [MatterExperiment]
                public partial class @class
                {
                    [Param(Min = 0, Max = 10)] public double @double { get; init; } = 1;
                    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                }

                public partial class Outer
                {
                    [MatterExperiment]
                    public partial class Ωmega
                    {
                        private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                    }
                }
            }

            namespace Plain
            {
                [MatterExperiment]
                public partial class Scan
                {
                    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                }

                [MatterExperiment]
                public partial class SCAN
                {
                    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                }

                [MatterExperiment]
                public partial class scan
                {
                    private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
                }
            }
            """);

        Assert.Empty(result.Diagnostics); // no CS8785: the generator did not throw
        var hints = result.Results[0].GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Equal(5, hints.Length);
        Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hints, h => Assert.Matches("^[A-Za-z0-9_.]+$", h));
        Assert.Contains(hints, h => h.StartsWith("Lab.event._n_c_d_.class.", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.StartsWith("Lab.event._n_c_d_.Outer._mega.", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.StartsWith("Plain.Scan.", StringComparison.Ordinal));
        Assert.Contains(hints, h => h.StartsWith("Plain.SCAN.", StringComparison.Ordinal));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
