using System.Buffers;
using System.Globalization;
using System.Text.Json;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>
/// One analog point as a Pasqal job: <c>{runs, variables}</c> where <c>variables</c> holds the scalar values as numbers,
/// the array variables as JSON arrays and, for a mappable register, <c>qubits</c> {qubit id: trap id}
/// (pasqal-cloud's "arrays for sized variables" and "a sequence built on a MappableRegister also needs qubits").
/// </summary>
internal static class AnalogJobRequest
{
    /// <summary>The job request of <paramref name="point"/>.</summary>
    public static PasqalJobRequest For(IAnalogExperiment point)
    {
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in point.Variables)
        {
            variables[name] = Element(w => w.WriteNumberValue(Finite(name, value)));
        }

        foreach (var (name, values) in point.ArrayVariables)
        {
            variables[name] = Element(w =>
            {
                w.WriteStartArray();
                foreach (var value in values)
                {
                    w.WriteNumberValue(Finite(name, value));
                }

                w.WriteEndArray();
            });
        }

        if (point.Qubits is { } qubits)
        {
            variables["qubits"] = Element(w =>
            {
                w.WriteStartObject();
                foreach (var (id, trap) in qubits)
                {
                    w.WriteNumber(id, trap);
                }

                w.WriteEndObject();
            });
        }

        return new PasqalJobRequest(point.Runs, variables);
    }

    /// <summary>What identifies the job's values in the run journal's hash (every variable, array and the trap map).</summary>
    public static string Fingerprint(IAnalogExperiment point) =>
        point.Runs.ToString(CultureInfo.InvariantCulture) + ":"
        + string.Join(",", point.Variables.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + "=" + kv.Value.ToString("R", CultureInfo.InvariantCulture)))
        + (point.ArrayVariables.Count == 0 ? "" : ";" + string.Join(",", point.ArrayVariables.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + "=[" + string.Join(" ", kv.Value.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]")))
        + (point.Qubits is not { } map ? "" : ";qubits=" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + ">" + kv.Value.ToString(CultureInfo.InvariantCulture))));

    private static double Finite(string name, double value) => double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"variables.{name}: variable values must be finite numbers.");

    private static JsonElement Element(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
