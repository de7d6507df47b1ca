using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>
/// The JSON the DSL writes is accepted by real Pulser: each case of <see cref="PulserDslCases"/> has a verdict recorded
/// by Pulser (<c>Fixtures/pulser/dsl-verdicts</c>, made by <c>make_fixtures.sh --dsl</c>) for exactly the JSON the DSL
/// writes today. With <c>QDSL_WRITE_DSL_FIXTURES=dir</c> the cases are written to <c>dir</c> for Pulser to check.
/// </summary>
public sealed class PulserDslVerdictTests
{
    /// <summary>The environment variable naming the directory the DSL JSON is written to.</summary>
    public const string WriteVariable = "QDSL_WRITE_DSL_FIXTURES";

    /// <summary>
    /// Cases Pulser refuses today, with Pulser's error message (the wrapped cause's when Pulser wraps it): each names
    /// what must change for it to be accepted.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedRejections = new(StringComparer.Ordinal)
    {
        // None today. History: every DigitalAnalogDevice case was refused ("One DMM object should be defined to support
        // SLM mask.") until the device was written with its dmm_objects; Expr.Round ("Expression 'round' invalid.") was
        // removed because Pulser cannot read 'round'.
    };

    public static TheoryData<string> CaseNames => new(PulserDslCases.All.Select(c => c.Name));

    [Fact]
    public void Every_case_builds_and_is_written_for_pulser_when_asked()
    {
        var directory = Environment.GetEnvironmentVariable(WriteVariable);
        foreach (var c in PulserDslCases.All)
        {
            var json = c.Build().ToAbstractRepr();
            PulserSchema.AssertValidSequence(json);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, c.Name + ".json"), CaseFile(c, json), new UTF8Encoding(false));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Pulser_checked_exactly_the_json_the_dsl_writes(string name)
    {
        var c = PulserDslCases.Get(name);
        var verdict = PulserFixtures.DslVerdict(name);
        Assert.True(verdict is not null, $"No Pulser verdict recorded for '{name}': run the --dsl step of tests/Fixtures/pulser/README.md.");
        var json = c.Build().ToAbstractRepr();
        Assert.True(
            verdict["dsl_json"]!.GetValue<string>() == json,
            $"The DSL now writes different JSON for '{name}' than Pulser checked; re-run the --dsl step of tests/Fixtures/pulser/README.md.\nnow: {json}");
        Assert.Equal(VariablesNode(c).ToJsonString(), verdict["variables"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Pulser_accepts_the_json_the_dsl_writes(string name)
    {
        var verdict = PulserFixtures.DslVerdict(name) ?? throw new InvalidOperationException($"No Pulser verdict recorded for '{name}'.");
        var outcome = verdict["verdict"]!.GetValue<string>();
        if (ExpectedRejections.TryGetValue(name, out var expected))
        {
            Assert.Equal("rejected", outcome);
            var error = verdict["error"]!;
            Assert.Equal(expected, (error["cause"] ?? error)["message"]!.GetValue<string>());
            return;
        }

        Assert.True(outcome == "accepted", $"Pulser rejects the DSL's JSON for '{name}': {verdict["error"]?.ToJsonString()}");
    }

    [Fact]
    public void Every_recorded_verdict_belongs_to_a_case()
    {
        var names = PulserDslCases.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var orphans = PulserFixtures.DslVerdictNames().Concat(ExpectedRejections.Keys).Where(n => !names.Contains(n)).ToList();
        Assert.True(orphans.Count == 0, $"Verdicts or expected rejections without a case: {string.Join(", ", orphans)}");
    }

    private static string CaseFile(PulserDslCases.Case c, string json) =>
        new JsonObject
        {
            ["name"] = c.Name,
            ["json"] = json,
            ["variables"] = VariablesNode(c),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>
    /// The values Pulser builds with, keys sorted as Pulser's script writes them: int variables as JSON integers, float
    /// ones as numbers, arrays as lists, a mappable register's map as <c>qubits</c>.
    /// </summary>
    private static JsonObject VariablesNode(PulserDslCases.Case c)
    {
        var types = c.Build().Variables.ToDictionary(v => v.Name, v => v.Type, StringComparer.Ordinal);
        JsonNode Number(string name, double x) => types.TryGetValue(name, out var type) && type == VariableType.Int
            ? JsonValue.Create(checked((long)x))
            : JsonValue.Create(x);
        var entries = new List<KeyValuePair<string, JsonNode?>>();
        entries.AddRange(c.Variables.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Number(kv.Key, kv.Value))));
        entries.AddRange((c.Arrays ?? new Dictionary<string, double[]>()).Select(kv =>
            KeyValuePair.Create(kv.Key, (JsonNode?)new JsonArray(kv.Value.Select(x => Number(kv.Key, x)).ToArray()))));
        if (c.Qubits is { } qubits)
        {
            entries.Add(KeyValuePair.Create("qubits", (JsonNode?)new JsonObject(qubits.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))))));
        }

        return new JsonObject(entries.OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
