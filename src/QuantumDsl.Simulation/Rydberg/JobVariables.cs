using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// A job's <c>variables</c> object as the Pasqal service receives it: a number or an array of numbers per declared
/// variable, and <c>qubits</c> {qubit id: trap id} for a mappable register.
/// </summary>
internal static class JobVariables
{
    public const string QubitsKey = "qubits";

    public static (Dictionary<string, double[]> Variables, Dictionary<string, int>? Qubits) Parse(string? json)
    {
        var variables = new Dictionary<string, double[]>(StringComparer.Ordinal);
        Dictionary<string, int>? qubits = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return (variables, qubits);
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Error("variables", "invalid JSON", e.Message);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Error("variables", doc.RootElement.ValueKind.ToString(), "must be an object {name: value}");
            }

            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var path = $"variables.{p.Name}";
                if (p.Name == QubitsKey)
                {
                    qubits = p.Value.ValueKind == JsonValueKind.Object
                        ? p.Value.EnumerateObject().ToDictionary(
                            q => q.Name,
                            q => q.Value.ValueKind == JsonValueKind.Number && q.Value.TryGetInt32(out var trap) ? trap : throw Error($"qubits.{q.Name}", q.Value.GetRawText(), "must be a trap id (an integer)"),
                            StringComparer.Ordinal)
                        : throw Error("qubits", p.Value.ValueKind.ToString(), "must be an object {qubit id: trap id}");
                    continue;
                }

                variables[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.Number => [p.Value.GetDouble()],
                    JsonValueKind.Array => p.Value.EnumerateArray().Select((x, i) => x.ValueKind == JsonValueKind.Number
                        ? x.GetDouble()
                        : throw Error($"{path}[{i}]", x.ValueKind.ToString(), "must be a number")).ToArray(),
                    _ => throw Error(path, p.Value.ValueKind.ToString(), "must be a number or an array of numbers"),
                };
            }
        }

        return (variables, qubits);
    }

    private static ExperimentValidationException Error(string path, string value, string rule) => new([Violation.Rule(path, value, rule)]);
}
