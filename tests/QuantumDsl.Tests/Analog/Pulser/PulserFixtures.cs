using System.Text.Json.Nodes;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>Paths and readers of the golden data from real Pulser under Fixtures/pulser (see its README.md).</summary>
internal static class PulserFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "pulser");

    public static string DevicesDirectory => Path.Combine(Root, "devices");

    public static string DslVerdictsDirectory => Path.Combine(Root, "dsl-verdicts");

    /// <summary>Pulser's abstract repr of the device <paramref name="name"/> (<c>devices/&lt;name&gt;.json</c>).</summary>
    public static JsonObject Device(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DevicesDirectory, name + ".json")))!.AsObject();

    /// <summary>The Pulser verdict recorded for the DSL case <paramref name="name"/>, or null when none is recorded.</summary>
    public static JsonObject? DslVerdict(string name)
    {
        var file = Path.Combine(DslVerdictsDirectory, name + ".json");
        return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file))!.AsObject() : null;
    }

    /// <summary>Names of the recorded DSL verdicts.</summary>
    public static IReadOnlyList<string> DslVerdictNames() =>
        Directory.Exists(DslVerdictsDirectory)
            ? Directory.GetFiles(DslVerdictsDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];
}
