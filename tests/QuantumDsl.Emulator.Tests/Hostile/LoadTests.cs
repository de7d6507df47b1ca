using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>
/// A short load run for CI (bounded: 8 clients × 40 rounds, loopback): concurrent creates with idempotency keys, replays,
/// reads and lists. No request fails, no batch is lost or duplicated, every replay returns its original.
/// The load figures themselves come from the benchmark (docs/performance.md, "Emulator load").
/// </summary>
public sealed class LoadTests
{
    [Fact]
    public async Task Concurrent_clients_lose_and_duplicate_nothing()
    {
        const int clients = 8;
        const int rounds = 40;
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromMilliseconds(1), DailyJobLimit = 1_000_000 });
        var failures = new ConcurrentBag<string>();
        var ids = new ConcurrentDictionary<string, string>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var client = server.Client(c % 2 == 0 ? TestServer.Alice : TestServer.Bob);
            for (var r = 0; r < rounds; r++)
            {
                var key = $"load-{c}-{r}";
                for (var attempt = 0; attempt < 2; attempt++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/v1/batches") { Content = TestHttp.Json(Sequences.Batch(jobs: 1)) };
                    request.Headers.Add("Idempotency-Key", key);
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        failures.Add($"create {key}: {(int)response.StatusCode} {text}");
                        continue;
                    }

                    var id = (string)JsonNode.Parse(text)!["data"]!["id"]!;
                    if (ids.GetOrAdd(key, id) != id)
                    {
                        failures.Add($"replay of {key} made a second batch");
                    }
                }

                foreach (var path in new[] { $"{Api}/v2/batches/{ids.GetValueOrDefault(key)}", $"{Api}/v2/jobs?limit=20", $"{Api}/v1/batches?limit=20" })
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    if (!response.IsSuccessStatusCode)
                    {
                        failures.Add($"GET {path}: {(int)response.StatusCode}");
                    }
                }
            }
        })));

        Assert.Empty(failures);
        Assert.Equal(clients * rounds, ids.Count);
        Assert.Equal(clients * rounds, Rows(server, "pasqal_batches"));
        Assert.Equal(clients * rounds, Rows(server, "idempotency"));
    }
}
