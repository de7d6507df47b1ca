using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator;

namespace QuantumDsl.Benchmarks.Emulator;

/// <summary>
/// <c>load [--clients 16] [--requests 4000]</c>: a bounded load run against an embedded emulator on loopback. Each
/// client repeats a fixed mix (create a one-job batch with an Idempotency-Key, get it, list jobs, list batches, get a
/// results link, Oqtant search, job limits) until the total number of requests is reached; then every created batch
/// is counted back (none lost, none duplicated). Prints throughput and latency percentiles (docs/performance.md).
/// </summary>
internal static class EmulatorLoadCli
{
    private const string Sequence = """
        {"version":"1","name":"load","device":"MockDevice","register":[{"name":"q0","x":0.0,"y":0.0},{"name":"q1","x":20.0,"y":0.0}],
         "channels":{"ryd":"rydberg_global"},"variables":{},
         "operations":[{"op":"pulse","channel":"ryd","protocol":"min-delay",
           "amplitude":{"kind":"constant","duration":100,"value":3.14},"detuning":{"kind":"constant","duration":100,"value":0.0},
           "phase":0.0,"post_phase_shift":0.0}],
         "measurement":"ground-rydberg"}
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = int.Parse(Option(args, "--clients") ?? "16", CultureInfo.InvariantCulture);
        var total = int.Parse(Option(args, "--requests") ?? "4000", CultureInfo.InvariantCulture);
        var directory = Directory.CreateTempSubdirectory("qdsl-load-bench-").FullName;
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(directory, "emulator.db"),
            SimulatedLatency = TimeSpan.FromMilliseconds(1),
            DailyJobLimit = 1_000_000,
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.DevToken);

        var body = new JsonObject
        {
            ["sequence_builder"] = Sequence,
            ["jobs"] = new JsonArray(new JsonObject { ["runs"] = 20, ["variables"] = new JsonObject() }),
            ["device_type"] = "EMU_FREE",
        }.ToJsonString();

        // Warm-up: one round of the mix (JIT, connection pool), not counted.
        await Round(http, body, "warmup", new List<(string, double)>(), new int[1]);

        var remaining = total;
        var errors = new int[1];
        var samples = new List<(string Op, double Ms)>[clients];
        var created = new int[clients];
        var watch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            samples[c] = [];
            var round = 0;
            while (Interlocked.Add(ref remaining, -7) >= 0)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"load-{c}-{round++}");
                await Round(http, body, key, samples[c], errors);
                created[c]++;
                if (round % 4 == 0)
                {
                    // A replay of the same key must not create a second batch.
                    await Send(http, HttpMethod.Post, "pasqal/core-fast/api/v1/batches", body, key, samples[c], "replay", errors);
                }
            }
        }));
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        var listed = await CountBatches(http);
        var all = samples.SelectMany(s => s).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clients={clients} requests={all.Count} errors={errors[0]} wall_s={watch.Elapsed.TotalSeconds:F2} cpu_s={cpu:F2} req_per_s={all.Count / watch.Elapsed.TotalSeconds:F0} created={created.Sum()} listed={listed - 1} cores={Environment.ProcessorCount} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        foreach (var group in all.GroupBy(s => s.Op).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = group.Select(g => g.Ms).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key,-14} n={sorted.Length,6} p50={Percentile(sorted, 0.50),7:F2} ms p95={Percentile(sorted, 0.95),7:F2} ms p99={Percentile(sorted, 0.99),7:F2} ms"));
        }

        var sortedAll = all.Select(s => s.Ms).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"all",-14} n={sortedAll.Length,6} p50={Percentile(sortedAll, 0.50),7:F2} ms p95={Percentile(sortedAll, 0.95),7:F2} ms p99={Percentile(sortedAll, 0.99),7:F2} ms"));
        return errors[0] == 0 && listed - 1 == created.Sum() ? 0 : 1;
    }

    private static async Task Round(HttpClient http, string body, string key, List<(string, double)> samples, int[] errors)
    {
        var created = await Send(http, HttpMethod.Post, "pasqal/core-fast/api/v1/batches", body, key, samples, "create", errors);
        var id = created is null ? "none" : (string?)created["data"]?["id"] ?? "none";
        var job = created is null ? "none" : (string?)created["data"]?["jobs"]?[0]?["id"] ?? "none";
        await Send(http, HttpMethod.Get, $"pasqal/core-fast/api/v2/batches/{id}", null, null, samples, "get batch", errors);
        await Send(http, HttpMethod.Get, "pasqal/core-fast/api/v2/jobs?limit=20", null, null, samples, "list jobs", errors);
        await Send(http, HttpMethod.Get, "pasqal/core-fast/api/v1/batches?limit=20", null, null, samples, "list batches", errors);
        await Send(http, HttpMethod.Get, $"pasqal/core-fast/api/v1/jobs/{job}/results_link", null, null, samples, "results link", errors);
        await Send(http, HttpMethod.Get, "oqtant/api/users/dev/jobs?limit=20", null, null, samples, "oqtant search", errors);
        await Send(http, HttpMethod.Get, "oqtant/api/users/dev/job_limits", null, null, samples, "job limits", errors);
    }

    private static async Task<JsonNode?> Send(HttpClient http, HttpMethod method, string path, string? body, string? key,
        List<(string, double)> samples, string op, int[] errors)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var start = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        samples.Add((op, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref errors[0]);
            return null;
        }

        return JsonNode.Parse(text);
    }

    private static async Task<int> CountBatches(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("pasqal/core-fast/api/v1/batches?limit=1", UriKind.Relative));
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (int)node["pagination"]!["total"]!;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
