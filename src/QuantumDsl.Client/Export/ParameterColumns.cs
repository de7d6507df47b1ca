namespace QuantumDsl.Export;

/// <summary>One column per parameter (<c>wire_name [unit]</c>), from each row's <see cref="ParamValue"/>s.</summary>
internal static class ParameterColumns
{
    public static IReadOnlyList<ResultColumn> Create(IReadOnlyList<IReadOnlyList<ParamValue>> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var first = rows[0];
        for (var r = 1; r < rows.Count; r++)
        {
            if (!rows[r].Select(p => p.Param.WireName).SequenceEqual(first.Select(p => p.Param.WireName), StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"rows: row {r} has parameters ({string.Join(", ", rows[r].Select(p => p.Param.WireName))}) but row 0 has "
                    + $"({string.Join(", ", first.Select(p => p.Param.WireName))}); every row of a table needs the same parameters",
                    nameof(rows));
            }
        }

        return [.. first.Select((p, i) => ResultColumn.Double(p.Param.WireName, rows.Select(row => (double?)row[i].Value), p.Param.Unit,
            $"parameter {p.Param.Name}"))];
    }
}
