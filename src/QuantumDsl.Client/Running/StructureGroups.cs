using System.Globalization;
using QuantumDsl.Analog;

namespace QuantumDsl;

/// <summary>
/// The points of one distinct sequence (structure) of an analog sweep: its Pulser JSON, sent once as the batch's
/// <c>sequence_builder</c>, and the sweep indices of the points that run on it (each a job <c>{runs, variables}</c>).
/// </summary>
/// <param name="Sequence">The sequence's abstract representation.</param>
/// <param name="Points">Sweep indices, in sweep order.</param>
internal sealed record StructureGroup(string Sequence, IReadOnlyList<int> Points);

/// <summary>
/// Groups an analog sweep's points by sequence. A generated experiment builds each point's sequence from its own values
/// (register spacing and atom count, anything read as a plain number), with every <c>[Param]</c> declared as a Pulser
/// variable: points that differ only in variables share one sequence, points that change the structure get their own.
/// The runner sends one batch per group — each keeps its variables, so a sequence is sent once per structure, never
/// once per point (a job-level <c>sequence</c> would have to be fully built, because the service refuses a job with
/// both <c>sequence</c> and <c>variables</c>: JobSequenceVariablesConflict).
/// </summary>
internal static class StructureGroups
{
    /// <summary>The groups of the points <paramref name="indices"/>, in order of first appearance.</summary>
    public static IReadOnlyList<StructureGroup> Of<T>(IReadOnlyList<T> sweep, IEnumerable<int> indices)
        where T : IAnalogExperiment
    {
        // Serialize each distinct object once: hand-written points (AnalogPoint) share one sequence object.
        var json = new Dictionary<AnalogSequence, string>(ReferenceEqualityComparer.Instance);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var i in indices)
        {
            var sequence = sweep[i].Sequence;
            if (!json.TryGetValue(sequence, out var repr))
            {
                repr = sequence.ToAbstractRepr();
                json.Add(sequence, repr);
            }

            if (!groups.TryGetValue(repr, out var points))
            {
                points = [];
                groups.Add(repr, points);
                order.Add(repr);
            }

            points.Add(i);
        }

        return [.. order.Select(repr => new StructureGroup(repr, groups[repr]))];
    }

    /// <summary>How the points are sent, for the run's progress note (only when there is more than one structure).</summary>
    public static string? Describe(IReadOnlyList<StructureGroup> groups)
    {
        if (groups.Count <= 1)
        {
            return null;
        }

        var sizes = groups.Select(g => g.Points.Count).ToList();
        var points = sizes.Count <= 6 ? string.Join(", ", sizes) + " points"
            : sizes.Min() == sizes.Max() ? string.Create(CultureInfo.InvariantCulture, $"{sizes[0]} point(s) each")
            : string.Create(CultureInfo.InvariantCulture, $"{sizes.Min()} to {sizes.Max()} points each");
        return string.Create(CultureInfo.InvariantCulture,
            $"{groups.Count} distinct sequences (the sweep changes the structure: register, atom count, …): one batch per sequence, each sending its sequence once and one job {{runs, variables}} per point ({points})");
    }
}
