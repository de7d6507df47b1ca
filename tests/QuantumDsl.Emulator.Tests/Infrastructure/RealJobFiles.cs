using System.Text.Json.Nodes;

namespace QuantumDsl.Emulator.Tests.Infrastructure;

/// <summary>
/// The real Oqtant job files the project holds (tests/Fixtures/README.md): the two whole files, and the distinct jobs
/// of JoshDumo/BEConOqtant with their outputs removed (one JSON line each: <c>{"source", "job"}</c>).
/// </summary>
public static class RealJobFiles
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "oqtant");

    /// <summary>The whole job files (<c>*.txt</c>), by file name.</summary>
    public static IEnumerable<string> WholeFiles() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Every job of the collected file: (source path in the repository, job JSON).</summary>
    public static IReadOnlyList<(string Source, JsonObject Job)> Collected() =>
        [.. File.ReadLines(Path.Combine(Folder, "BEConOqtant-inputs.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Select(entry => ((string)entry["source"]!, entry["job"]!.AsObject()))];

    /// <summary>A whole job file's JSON.</summary>
    public static JsonObject Read(string fileName) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))!.AsObject();

    /// <summary>
    /// The POST body the Python client sends to run a job file's inputs again (<c>{name, job_type, input_count,
    /// inputs: [{job_id: null, run, values, output: null, notes}]}</c>), optionally under another name.
    /// </summary>
    public static JsonObject SubmitBody(JsonObject job, IEnumerable<JsonNode>? inputs = null, string? name = null)
    {
        var values = (inputs ?? job["inputs"]!.AsArray().Select(i => i!["values"]!)).ToList();
        return new JsonObject
        {
            ["name"] = name ?? (string)job["name"]!,
            ["job_type"] = (string)job["job_type"]!,
            ["input_count"] = values.Count,
            ["inputs"] = new JsonArray([.. values.Select((v, i) => (JsonNode)new JsonObject
            {
                ["job_id"] = null,
                ["run"] = i + 1,
                ["values"] = v.DeepClone(),
                ["output"] = null,
                ["notes"] = null,
            })]),
        };
    }
}
