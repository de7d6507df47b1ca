using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator;

namespace QuantumDsl.Benchmarks.Client;

/// <summary>
/// HTTP requests needed to run and track 1,000 analog points and 1,000 matter points on the emulator: the runner
/// (<c>RunAsync</c>: one batch / jobs of 30 inputs, list polling) against a naive one-request-per-job poller submitting
/// the same work. One cold iteration each (the figure is a count, not a time), in process so the count can be shown.
/// </summary>
[Config(typeof(Config))]
public class ClientRequestBenchmarks
{
    private static readonly ConcurrentDictionary<string, (int Requests, int Creates, int Outputs)> Counts = new();

    private EmulatorServer _server = null!;
    private string _directory = null!;
    private CountingHandler _counter = null!;
    private QuantumClient _client = null!;

    /// <summary>Both families, or only the one named by <c>QDSL_CLIENT_BENCH_FAMILY</c> (analog or matter).</summary>
    public static IEnumerable<string> Families =>
        Environment.GetEnvironmentVariable("QDSL_CLIENT_BENCH_FAMILY") is { Length: > 0 } only ? [only] : ["analog", "matter"];

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "analog";

    [Params("RunAsync", "naive")]
    public string Tracker { get; set; } = "RunAsync";

    [Params(1000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("qdsl-client-bench-").FullName;
        _server = EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "emulator.db"),
            SimulatedLatency = TimeSpan.FromMilliseconds(5),
            PollInterval = TimeSpan.FromMilliseconds(20),
            DailyJobLimit = 1_000_000,
        }).GetAwaiter().GetResult();
        _counter = new CountingHandler(new SocketsHttpHandler());
        var http = new HttpClient(QuantumResilience.CreateHandler(new QuantumResilienceOptions(), _counter)) { Timeout = TimeSpan.FromMinutes(5) };
        var poll = TimeSpan.FromMilliseconds(250);
        var maxPoll = TimeSpan.FromSeconds(4);
        _client = new QuantumClient(
            new OqtantClient(http, new OqtantClientOptions { Endpoint = _server.OqtantBaseUrl, Token = _server.DevToken, PollInterval = poll, MaxPollInterval = maxPoll }),
            new PasqalClient(http, new PasqalClientOptions { Endpoint = _server.PasqalCoreUrl, Token = _server.DevToken, PollInterval = poll, MaxPollInterval = maxPoll }),
            new SweepRunOptions { JournalDirectory = Path.Combine(_directory, "journal") });
    }

    [IterationSetup]
    public void FreshRun()
    {
        // A new run name per iteration: the journal must not let a later iteration re-attach to an earlier one's work.
        _client = new QuantumClient(_client.Oqtant, _client.Pasqal, _client.RunOptions with { RunName = Guid.NewGuid().ToString() });
    }

    [Benchmark]
    public async Task RunAndTrack()
    {
        var before = (_counter.Total, _counter.Creates);
        int outputs;
        if (Family == "analog")
        {
            var sweep = AnalogPoint.Sweep(Points);
            outputs = Tracker == "naive"
                ? await NaivePoller.RunAnalogAsync(_client.Pasqal, sweep, CancellationToken.None)
                : (await sweep.RunAsync(_client)).Count(r => r.Succeeded);
        }
        else
        {
            var sweep = MatterPoint.Sweep(Points);
            outputs = Tracker == "naive"
                ? await NaivePoller.RunMatterAsync(_client.Oqtant, sweep, CancellationToken.None)
                : (await sweep.RunAsync(_client)).Count(r => r.Succeeded);
        }

        Counts[Key(Family, Tracker, Points)] = (_counter.Total - before.Total, _counter.Creates - before.Creates, outputs);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var c = Counts.GetValueOrDefault(Key(Family, Tracker, Points));
        Console.WriteLine($"// client requests: {Family} {Tracker} {Points} points -> {c.Requests} requests ({c.Creates} creates), {c.Outputs} outputs");
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Key(string family, string tracker, int points) => $"{family}/{tracker}/{points}";

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Dry.WithWarmupCount(0).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true)));
            AddColumn(new CountColumn("Requests", c => c.Requests), new CountColumn("Creates", c => c.Creates), new CountColumn("Outputs", c => c.Outputs));
        }
    }

    private sealed class CountColumn(string name, Func<(int Requests, int Creates, int Outputs), int> pick) : IColumn
    {
        public string Id => "client-" + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name + " over the run (HTTP requests on the wire, job creates, points with an output)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var p = benchmarkCase.Parameters;
            return Counts.TryGetValue(Key((string)p["Family"], (string)p["Tracker"], (int)p["Points"]), out var c)
                ? pick(c).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "?";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
