using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace QuantumDsl.Benchmarks.Generators;

/// <summary>Synthetic sources: N experiment classes (half matter, half analog) and N comparable POCOs for System.Text.Json.</summary>
internal static class GeneratorCorpus
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

    public static string Experiment(int i, string lifetime = "10") => i % 2 == 0
        ? $$"""
            using QuantumDsl;
            using QuantumDsl.Matter;

            namespace Bench.Group{{i / 50}};

            [MatterExperiment(Name = "scan {{i}}")]
            public partial class Matter{{i}}
            {
                [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
                [Linspace(0.05, 0.45, 9)]
                public double FinalRf { get; init; } = 0.2;

                [Param(Min = 2, Max = 20, Unit = "ms")]
                [Points(8, 12)]
                public double TimeOfFlight { get; init; } = 12;

                [Param(Min = 1, Max = 5)]
                public int Repeats { get; init; } = 1;

                private partial void Define(MatterJobBuilder job) => job
                    .Evaporation(rf => rf
                        .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
                        .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
                    .LifetimeMs({{lifetime}})
                    .TimeOfFlight(TimeOfFlight);
            }
            """
        : $$"""
            using QuantumDsl;
            using QuantumDsl.Analog;

            namespace Bench.Group{{i / 50}};

            [AnalogExperiment("AnalogDevice", Runs = 500)]
            public partial class Analog{{i}}
            {
                [Param(Min = 0, Max = 12.5, Unit = "rad/us")]
                [Linspace(1, 12, 12)]
                public double OmegaMax { get; init; }

                [Param(Min = -20, Max = 20, Unit = "rad/us")]
                [Points(-5, 0, 5, Zip = "d")]
                public double Detuning { get; init; }

                [Param(Min = 100, Max = 4000, Unit = "ns")]
                [Points(500, 1000, 1500, Zip = "d")]
                public int DurationNs { get; init; } = 1000;

                private partial void Define(SequenceBuilder seq, Vars v) => seq
                    .Register(Register.Line(count: 2, spacingUm: 6))
                    .Channel("ryd", Channels.RydbergGlobal)
                    .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: v.OmegaMax, detuning: v.Detuning), "ryd")
                    .Measure(Basis.GroundRydberg);
            }
            """;

    /// <summary>A type comparable to one experiment for the System.Text.Json generator: three numeric properties.</summary>
    public static string Poco(int i, string timeOfFlight = "12") => $$"""
        namespace Bench.Group{{i / 50}};

        public sealed class Poco{{i}}
        {
            public double FinalRf { get; set; } = 0.2;
            public double TimeOfFlight { get; set; } = {{timeOfFlight}};
            public int Repeats { get; set; } = 1;
        }
        """;

    public static string JsonContext(int count)
    {
        var builder = new StringBuilder("using System.Text.Json.Serialization;\n\nnamespace Bench;\n\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"[JsonSerializable(typeof(Bench.Group{i / 50}.Poco{i}))]\n");
        }

        return builder.Append("internal partial class BenchContext : JsonSerializerContext\n{\n}\n").ToString();
    }

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<string> sources) =>
        [.. sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs"))];

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>System.Text.Json's generator as shipped in the SDK's reference pack, loaded by reflection.</summary>
    public static IIncrementalGenerator LoadSystemTextJsonGenerator()
    {
        var path = Path.Combine(ReferencePackRoot, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var assembly = System.Reflection.Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    private static string ReferencePackRoot
    {
        get
        {
            var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var packs = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
            var exact = Path.Combine(packs, Path.GetFileName(runtimeDir));
            return Directory.Exists(exact) ? exact : Directory.GetDirectories(packs).Order(StringComparer.Ordinal).Last();
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var refDir = Path.Combine(ReferencePackRoot, "ref", "net" + Environment.Version.ToString(2));
        return
        [
            .. Directory.GetFiles(refDir, "*.dll").Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(IExperiment).Assembly.Location),
        ];
    }
}
