using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumDsl.Matter;

/// <summary>
/// Reads a user-supplied job definition strictly (unknown keys are errors). Outputs and failure reasons (an input's
/// <c>output</c> and <c>errors</c>) are results, not part of a definition, so they are removed before reading: a job
/// file of any era can be turned back into a job.
/// Every JSON problem becomes a violation naming the path, the value and what is allowed.
/// </summary>
internal static class JobDefinitionReader
{
    public static OqtantJob Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ExperimentValidationException([JsonErrors.ToViolation(ex, null)]);
        }

        return ReadOwned(node);
    }

    public static OqtantJob Read(JsonElement json) => Read(json.GetRawText());

    public static OqtantJob Read(JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadOwned(json.DeepClone());
    }

    private static OqtantJob ReadOwned(JsonNode? node)
    {
        if (node is not JsonObject job)
        {
            throw new ExperimentValidationException([Violation.Rule("$", node?.ToJsonString() ?? "null", "is not a job object")]);
        }

        if (job["inputs"] is JsonArray inputs)
        {
            foreach (var input in inputs)
            {
                (input as JsonObject)?.Remove("output");
                (input as JsonObject)?.Remove("errors");
            }
        }

        try
        {
            return job.Deserialize(OqtantJsonContext.Strict.OqtantJob)!;
        }
        catch (JsonException ex)
        {
            throw new ExperimentValidationException([JsonErrors.ToViolation(ex, job)]);
        }
    }
}
