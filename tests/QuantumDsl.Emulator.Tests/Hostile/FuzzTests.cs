using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>
/// A bounded, seeded fuzz run: a few hundred bodies per endpoint, each a valid body with one to three random mutations
/// (field dropped, value replaced by another JSON type, a long or strange string, extreme numbers, deep nesting, an
/// unknown field, a truncated text). No answer may be a 5xx, every error has a JSON body, nothing is stored on a 4xx
/// (rows counted in the database), and the account's list calls still work afterwards.
/// </summary>
public sealed class FuzzTests
{
    private const int BodiesPerEndpoint = 200;
    private static readonly System.Text.Json.JsonSerializerOptions Writer = new() { MaxDepth = 256 };

    [Fact]
    public async Task Mutated_bodies_never_get_a_5xx_and_refused_ones_store_nothing()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1), DailyJobLimit = 1_000_000 });
        using var client = server.Client();
        var random = new Random(20261201);
        var (_, open) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 1));
        var openId = (string)open["data"]!["id"]!;
        long batches = 1, jobs = 1, workloads = 0, oqtantJobs = 0;

        var endpoints = new (string Path, Func<JsonNode> Valid, Action<int, JsonNode?> Stored)[]
        {
            ($"{Api}/v1/batches", () => Sequences.Batch(jobs: 2), (_, data) => { batches++; jobs += (int)data!["data"]!["jobs_count"]!; }),
            ($"{Api}/v2/batches/{openId}/jobs", () => new JsonArray(Sequences.Job(10, 1.0), Sequences.Job(20, 2.0)), (count, _) => jobs += count),
            ($"{Api}/v1/workloads", () => Workloads.Rabi(), (_, _) => workloads++),
            ("oqtant/api/users/alice/jobs", () => MatterJobs.Bec(inputs: 2), (_, _) => oqtantJobs++),
        };

        foreach (var (path, valid, stored) in endpoints)
        {
            for (var i = 0; i < BodiesPerEndpoint; i++)
            {
                var node = valid();
                var text = Mutate(random, node);
                using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(text, Encoding.UTF8, "application/json"));
                var status = (int)response.StatusCode;
                var answer = await response.Content.ReadAsStringAsync();
                Assert.True(status < 500, $"{path} #{i}: {status} {answer} for {text[..Math.Min(text.Length, 300)]}");
                if (status >= 400)
                {
                    Assert.NotNull(JsonNode.Parse(answer));
                }
                else
                {
                    var sent = JsonNode.Parse(text, documentOptions: TestHttp.Deep);
                    stored(sent is JsonArray array ? array.Count : 0, JsonNode.Parse(answer, documentOptions: TestHttp.Deep));
                }
            }
        }

        Assert.Equal(batches, Rows(server, "pasqal_batches"));
        Assert.Equal(jobs, Rows(server, "pasqal_jobs"));
        Assert.Equal(workloads, Rows(server, "pasqal_workloads"));
        Assert.Equal(oqtantJobs, Rows(server, "oqtant_jobs"));
        await AssertListsWorkAsync(client);
        var (listStatus, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?limit=100");
        Assert.Equal(200, listStatus);
        Assert.Equal(batches, (long)list["pagination"]!["total"]!);
    }

    /// <summary>The body text after one to three mutations of <paramref name="node"/>.</summary>
    private static string Mutate(Random random, JsonNode node)
    {
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var containers = Containers(node).ToList();
            var target = containers[random.Next(containers.Count)];
            switch (random.Next(4))
            {
                case 0 when target is JsonObject obj && obj.Count > 0:
                    obj.Remove(obj.ElementAt(random.Next(obj.Count)).Key);
                    break;
                case 1 when target is JsonObject obj && obj.Count > 0:
                    obj[obj.ElementAt(random.Next(obj.Count)).Key] = Value(random);
                    break;
                case 1 when target is JsonArray array && array.Count > 0:
                    array[random.Next(array.Count)] = Value(random);
                    break;
                case 2 when target is JsonObject obj:
                    obj["unknown_" + random.Next(1000)] = Value(random);
                    break;
                default:
                    if (target is JsonArray list)
                    {
                        list.Add(Value(random));
                    }

                    break;
            }
        }

        var text = node.ToJsonString(Writer);
        return random.Next(10) == 0 ? text[..random.Next(text.Length)] : text;
    }

    private static IEnumerable<JsonNode> Containers(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().Where(c => c is JsonObject or JsonArray))
        {
            foreach (var inner in Containers(child))
            {
                yield return inner;
            }
        }
    }

    private static JsonNode? Value(Random random) => random.Next(14) switch
    {
        0 => null,
        1 => true,
        2 => random.Next(),
        3 => -random.Next(),
        4 => random.NextDouble() * 1e300,
        5 => long.MaxValue,
        6 => "",
        7 => new string((char)random.Next(0x20, 0x7F), random.Next(1, 5000)),
        8 => "\u0000\u001f\u2028\ud83d\ude00 \"quoted\" \\",
        9 => new JsonArray(1, "two", null, new JsonObject()),
        10 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray(1.5) } },
        11 => JsonNode.Parse(NestedArrays(random.Next(30, 130)), documentOptions: TestHttp.Deep),
        12 => "2023-01-01T00:00:00",
        _ => "NaN",
    };
}
