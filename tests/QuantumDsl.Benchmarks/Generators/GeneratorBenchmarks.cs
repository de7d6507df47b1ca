using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using QuantumDsl.Generators;

namespace QuantumDsl.Benchmarks.Generators;

/// <summary>
/// The experiment generator over 500 experiment classes: a cold run (fresh driver, fresh compilation) and an incremental
/// run (primed driver, one line edited in one experiment's Define), against System.Text.Json's generator on 500
/// comparable types in the same harness, and the floor any ForAttributeWithMetadataName generator pays on this corpus.
/// "Cold" means nothing cached by the driver, not an unjitted compiler: the warm-up brings the compiler's code to its
/// steady tier, as in the compiler server or the IDE. Command: see docs/performance.md, section "Generator".
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class GeneratorBenchmarks
{
    private const int Count = 500;

    private ImmutableArray<SyntaxTree> _experiments;
    private ImmutableArray<SyntaxTree> _pocos;
    private IIncrementalGenerator _json = null!;
    private Compilation _primedCompilation = null!;
    private GeneratorDriver _primedDriver = null!;
    private GeneratorDriver _primedFloorDriver = null!;
    private GeneratorDriver _primedBinderOnlyDriver = null!;
    private Compilation _primedPocoCompilation = null!;
    private GeneratorDriver _primedJsonDriver = null!;
    private SyntaxTree _editedTree = null!;
    private SyntaxTree _editedPoco = null!;
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _experiments = GeneratorCorpus.Parse(Enumerable.Range(0, Count).Select(i => GeneratorCorpus.Experiment(i)));
        _pocos = GeneratorCorpus.Parse([.. Enumerable.Range(0, Count).Select(i => GeneratorCorpus.Poco(i)), GeneratorCorpus.JsonContext(Count)]);
        _json = GeneratorCorpus.LoadSystemTextJsonGenerator();

        // Both generators must really do their work on these corpora, or the comparison means nothing.
        var json = Driver(_json).RunGenerators(GeneratorCorpus.Compile(_pocos)).GetRunResult();
        if (json.GeneratedTrees.Length < Count || json.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"System.Text.Json generated {json.GeneratedTrees.Length} files: {string.Join("; ", json.Diagnostics)}");
        }

        _primedCompilation = GeneratorCorpus.Compile(_experiments);
        _primedDriver = Driver(new ExperimentGenerator()).RunGenerators(_primedCompilation);
        if (_primedDriver.GetRunResult().GeneratedTrees.Length != Count)
        {
            throw new InvalidOperationException("The experiment generator did not emit one file per experiment.");
        }

        _primedBinderOnlyDriver = Driver(BinderOnly()).RunGenerators(_primedCompilation);
        if (!SameOutput(_primedDriver, _primedBinderOnlyDriver))
        {
            throw new InvalidOperationException("The binder-only generator emitted other files than the generator with its syntax fast path.");
        }

        _primedFloorDriver = Driver(new DiscoveryOnlyGenerator()).RunGenerators(_primedCompilation);
        var original = _experiments[Count / 2];
        _editedTree = CSharpSyntaxTree.ParseText(GeneratorCorpus.Experiment(Count / 2, lifetime: "11"), GeneratorCorpus.ParseOptions, original.FilePath);

        _primedPocoCompilation = GeneratorCorpus.Compile(_pocos);
        _primedJsonDriver = Driver(_json).RunGenerators(_primedPocoCompilation);
        _editedPoco = CSharpSyntaxTree.ParseText(GeneratorCorpus.Poco(Count / 2, timeOfFlight: "13"), GeneratorCorpus.ParseOptions, _pocos[Count / 2].FilePath);
        Console.WriteLine($"// Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        WarmUpEveryCase();
    }

    /// <summary>
    /// Brings every case's code (Roslyn's, both generators') to its steady tier before any case is measured, so the first
    /// case does not pay the JIT's background work for the others (visible as CPU time above wall-clock time).
    /// </summary>
    private void WarmUpEveryCase()
    {
        for (var i = 0; i < 20; i++)
        {
            Driver(new ExperimentGenerator()).RunGenerators(GeneratorCorpus.Compile(_experiments));
            _primedDriver.RunGenerators(_primedCompilation.ReplaceSyntaxTree(_experiments[Count / 2], _editedTree));
            Driver(BinderOnly()).RunGenerators(GeneratorCorpus.Compile(_experiments));
            _primedBinderOnlyDriver.RunGenerators(_primedCompilation.ReplaceSyntaxTree(_experiments[Count / 2], _editedTree));
            Driver(new DiscoveryOnlyGenerator()).RunGenerators(GeneratorCorpus.Compile(_experiments));
            _primedFloorDriver.RunGenerators(_primedCompilation.ReplaceSyntaxTree(_experiments[Count / 2], _editedTree));
            Driver(_json).RunGenerators(GeneratorCorpus.Compile(_pocos));
            _primedJsonDriver.RunGenerators(_primedPocoCompilation.ReplaceSyntaxTree(_pocos[Count / 2], _editedPoco));
        }

        Thread.Sleep(TimeSpan.FromSeconds(1)); // let the tiering thread finish what the warm-up queued
    }

    [IterationSetup(Targets = [nameof(QuantumDslCold), nameof(BinderOnlyCold), nameof(DiscoveryFloorCold)])]
    public void FreshExperimentCompilation() => _compilation = GeneratorCorpus.Compile(_experiments);

    [IterationSetup(Target = nameof(SystemTextJsonCold))]
    public void FreshPocoCompilation() => _compilation = GeneratorCorpus.Compile(_pocos);

    [IterationSetup(Targets = [nameof(QuantumDslIncremental), nameof(BinderOnlyIncremental), nameof(DiscoveryFloorIncremental)])]
    public void EditOneLine() => _compilation = _primedCompilation.ReplaceSyntaxTree(_experiments[Count / 2], _editedTree);

    [IterationSetup(Target = nameof(SystemTextJsonIncremental))]
    public void EditOnePoco() => _compilation = _primedPocoCompilation.ReplaceSyntaxTree(_pocos[Count / 2], _editedPoco);

    /// <summary>500 experiments, nothing cached.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver QuantumDslCold() => Cpu(nameof(QuantumDslCold), () => Driver(new ExperimentGenerator()).RunGenerators(_compilation));

    /// <summary>500 experiments, one line of one Define edited after a full run.</summary>
    [Benchmark]
    public GeneratorDriver QuantumDslIncremental() => Cpu(nameof(QuantumDslIncremental), () => _primedDriver.RunGenerators(_compilation));

    /// <summary>
    /// <see cref="QuantumDslCold"/> without the syntax fast path (<c>SyntaxParamReader</c> and the
    /// <c>ClassShapes.IsPlain</c> shortcut): every class read by the binder. The difference is what the fast path saves.
    /// </summary>
    [Benchmark]
    public GeneratorDriver BinderOnlyCold() => Cpu(nameof(BinderOnlyCold), () => Driver(BinderOnly()).RunGenerators(_compilation));

    /// <summary><see cref="QuantumDslIncremental"/> without the syntax fast path.</summary>
    [Benchmark]
    public GeneratorDriver BinderOnlyIncremental() => Cpu(nameof(BinderOnlyIncremental), () => _primedBinderOnlyDriver.RunGenerators(_compilation));

    /// <summary>The floor's cold run: FAWMN discovery of the 500 classes with a transform that keeps only the name.</summary>
    [Benchmark]
    public GeneratorDriver DiscoveryFloorCold() => Cpu(nameof(DiscoveryFloorCold), () => Driver(new DiscoveryOnlyGenerator()).RunGenerators(_compilation));

    /// <summary>
    /// The floor for any ForAttributeWithMetadataName generator: Roslyn re-binds every attributed class on each compilation
    /// change (its FAWMN step combines the candidates with the compilation), whatever the transform does.
    /// </summary>
    [Benchmark]
    public GeneratorDriver DiscoveryFloorIncremental() => Cpu(nameof(DiscoveryFloorIncremental), () => _primedFloorDriver.RunGenerators(_compilation));

    /// <summary>500 comparable POCOs in one JsonSerializerContext, nothing cached.</summary>
    [Benchmark]
    public GeneratorDriver SystemTextJsonCold() => Cpu(nameof(SystemTextJsonCold), () => Driver(_json).RunGenerators(_compilation));

    /// <summary>STJ's generator primed on the POCOs, re-run after one initializer of one POCO changed.</summary>
    [Benchmark]
    public GeneratorDriver SystemTextJsonIncremental() => Cpu(nameof(SystemTextJsonIncremental), () => _primedJsonDriver.RunGenerators(_compilation));

    /// <summary>
    /// Prints the median process CPU time per run (after the warm-up runs): wall-clock times on a shared machine are
    /// noisy; CPU time (which also counts the GC's and the JIT's background threads) is what a run costs.
    /// </summary>
    [GlobalCleanup]
    public void ReportCpuTime()
    {
        var runs = _cpuMs.Skip(WarmupRuns).Order().ToArray();
        if (runs.Length > 0)
        {
            Console.WriteLine(FormattableString.Invariant($"// CPU {_benchmark}: median {runs[runs.Length / 2]:F0} ms, min {runs[0]:F0} ms over {runs.Length} runs"));
        }
    }

    private readonly List<double> _cpuMs = [];
    private string _benchmark = "";

    private GeneratorDriver Cpu(string name, Func<GeneratorDriver> run)
    {
        _benchmark = name;
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var driver = run();
        _cpuMs.Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
        return driver;
    }

    /// <summary>The experiment generator with its internal binder-only switch (not a public option).</summary>
    private static ExperimentGenerator BinderOnly() => new(syntaxFastPath: false);

    private static bool SameOutput(GeneratorDriver a, GeneratorDriver b) =>
        a.GetRunResult().GeneratedTrees.Select(t => t.ToString()).SequenceEqual(b.GetRunResult().GeneratedTrees.Select(t => t.ToString()));

    private static GeneratorDriver Driver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: GeneratorCorpus.ParseOptions);

    /// <summary>FAWMN on both experiment attributes with a transform that returns only the class name.</summary>
    private sealed class DiscoveryOnlyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var matter = context.SyntaxProvider.ForAttributeWithMetadataName("QuantumDsl.MatterExperimentAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name);
            var analog = context.SyntaxProvider.ForAttributeWithMetadataName("QuantumDsl.AnalogExperimentAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name);
            context.RegisterSourceOutput(matter, static (spc, name) => spc.AddSource(name + ".g.cs", "// " + name));
            context.RegisterSourceOutput(analog, static (spc, name) => spc.AddSource(name + ".g.cs", "// " + name));
        }
    }

    private const int WarmupRuns = 60;

    /// <summary>
    /// In-process (no extra build), one run per iteration (each needs a fresh compilation from the iteration setup), 40
    /// measured iterations after 60 warm-ups: with only a few warm-ups Roslyn's own code still runs at tier 0 and the
    /// "cold" figure measures the JIT rather than the generator (it was 3–4× higher that way).
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(WarmupRuns)
            .WithIterationCount(40)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
