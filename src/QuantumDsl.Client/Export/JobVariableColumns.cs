using System.Globalization;
using System.Text.Json;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Export;

/// <summary>
/// The numbers of downloaded Pasqal jobs' <c>variables</c>, flattened to one column each, named as the typed sweep
/// results name them: a number is <c>name</c>, an array one column per element <c>name[0]</c>, <c>name[1]</c>, … (as
/// the generated <c>Parameters</c> do) and the <c>qubits</c> trap map one column per qubit, <c>qubits.q0</c>, ….
/// Variables are in name order, elements in index order, qubits in the order the jobs list them. A job without a
/// column's value has NaN there.
/// </summary>
internal static class JobVariableColumns
{
    /// <summary>The key of the trap map in a job's variables.</summary>
    public const string QubitsKey = "qubits";

    /// <summary>Each job's parameter values, every job with the same columns.</summary>
    /// <exception cref="ArgumentException">A variable is neither a number, an array of numbers nor the qubits map of trap ids.</exception>
    public static IReadOnlyList<IReadOnlyList<ParamValue>> Create(IReadOnlyList<PasqalJobInfo> jobs)
    {
        var flat = jobs.Select(Flatten).ToList();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in jobs.SelectMany(j => j.Variables?.Keys ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var column in flat.SelectMany(f => f).Select(c => c.Name).Where(n => VariableOf(n) == variable))
            {
                if (seen.Add(column))
                {
                    names.Add(column);
                }
            }
        }

        var infos = names.Select(n => new ParamInfo(n, n, null, double.NegativeInfinity, double.PositiveInfinity)).ToList();
        return [.. flat.Select(values =>
        {
            var byName = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            return (IReadOnlyList<ParamValue>)[.. infos.Select(i => new ParamValue(i, byName.TryGetValue(i.WireName, out var v) ? v : double.NaN))];
        })];
    }

    private static string VariableOf(string column)
    {
        var end = column.IndexOfAny(['[', '.']);
        return end < 0 ? column : column[..end];
    }

    private static List<(string Name, double Value)> Flatten(PasqalJobInfo job)
    {
        var columns = new List<(string, double)>();
        foreach (var (name, value) in job.Variables ?? new Dictionary<string, JsonElement>())
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    columns.Add((name, value.GetDouble()));
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var element in value.EnumerateArray())
                    {
                        var column = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
                        columns.Add((column, element.ValueKind == JsonValueKind.Number ? element.GetDouble() : throw Unsupported(job, column, element, "a number")));
                    }

                    break;
                case JsonValueKind.Object when name == QubitsKey:
                    foreach (var qubit in value.EnumerateObject())
                    {
                        var column = QubitsKey + "." + qubit.Name;
                        columns.Add((column, qubit.Value.ValueKind == JsonValueKind.Number ? qubit.Value.GetDouble() : throw Unsupported(job, column, qubit.Value, "a trap id")));
                    }

                    break;
                default:
                    throw Unsupported(job, name, value, "a number, an array of numbers or the qubits map {qubit id: trap id}");
            }
        }

        return columns;
    }

    private static ArgumentException Unsupported(PasqalJobInfo job, string column, JsonElement value, string expected) =>
        new($"jobs: job {job.Id} has variables.{column} = {value.GetRawText()}; a result table column needs {expected}", "jobs");
}
