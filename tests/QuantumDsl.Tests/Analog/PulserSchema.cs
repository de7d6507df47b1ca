using System.Text.Json.Nodes;
using NJsonSchema;

namespace QuantumDsl.Tests.Analog;

/// <summary>
/// Pulser's JSON schemas (copied under Schemas/pulser), with <c>$ref</c>s resolved to the sibling files. NJsonSchema
/// ignores draft-07 <c>const</c>, which Pulser uses to tell variants apart (<c>kind</c>, <c>version</c>, ...), so each
/// <c>const: x</c> is rewritten to the equivalent <c>enum: [x]</c> in a private copy before loading.
/// </summary>
internal static class PulserSchema
{
    private static readonly Lazy<JsonSchema> SequenceSchema = new(() => Load("sequence-schema.json"));
    private static readonly Lazy<JsonSchema> DeviceSchema = new(() => Load("device-schema.json"));

    public static void AssertValidSequence(string json) => AssertValid(SequenceSchema.Value, json, "sequence");

    public static void AssertValidDevice(string json) => AssertValid(DeviceSchema.Value, json, "device");

    public static ICollection<NJsonSchema.Validation.ValidationError> SequenceErrors(string json) =>
        SequenceSchema.Value.Validate(json);

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"Invalid {what}: {string.Join("; ", errors.Select(Describe))}\n{json}");
    }

    private static string Describe(NJsonSchema.Validation.ValidationError e) =>
        e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? $"{e.Path} {e.Kind} [{string.Join(" | ", child.Errors.SelectMany(x => x.Value).Select(Describe))}]"
            : $"{e.Path} {e.Kind}";

    private static readonly Lazy<string> PatchedDirectory = new(() =>
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Schemas", "pulser");
        var target = Path.Combine(Path.GetTempPath(), "quantumdsl-pulser-schemas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.json"))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            ConstToEnum(node);
            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), node.ToJsonString());
        }

        return target;
    });

    private static JsonSchema Load(string file) =>
        JsonSchema.FromFileAsync(Path.Combine(PatchedDirectory.Value, file)).GetAwaiter().GetResult();

    private static void ConstToEnum(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is { } constant && obj["enum"] is null)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(constant);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    ConstToEnum(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ConstToEnum(child);
                }

                break;
        }
    }
}
