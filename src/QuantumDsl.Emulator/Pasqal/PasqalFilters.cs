namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Batch list filters (pasqal-cloud <c>BatchFilters</c>). Empty lists and nulls mean "any".</summary>
internal sealed record BatchFilter(
    IReadOnlyList<string> Ids, IReadOnlyList<string> ProjectIds, IReadOnlyList<string> UserIds,
    IReadOnlyList<string> DeviceTypes, IReadOnlyList<string> Statuses, bool? Open, long? StartDate, long? EndDate,
    IReadOnlyList<string> QueuePriorities, string? Tag);

/// <summary>Job filters (<c>JobFilters</c>, <c>CancelJobFilters</c>, <c>RebatchFilters</c>). Empty lists and nulls mean "any".</summary>
internal sealed record JobFilter(
    IReadOnlyList<string> Ids, IReadOnlyList<string> ProjectIds, IReadOnlyList<string> UserIds,
    IReadOnlyList<string> BatchIds, IReadOnlyList<string> Statuses, int? MinRuns, int? MaxRuns, bool? HasErrors,
    long? StartDate, long? EndDate, bool Ascending)
{
    public static readonly JobFilter None = new([], [], [], [], [], null, null, null, null, null, true);
}

/// <summary>Builds a parameterised SQL WHERE clause.</summary>
internal sealed class SqlWhere
{
    private readonly List<string> clauses = [];

    public List<(string Name, object? Value)> Parameters { get; } = [];

    public string Sql => clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses);

    public SqlWhere Equal(string column, object value)
    {
        clauses.Add($"{column} = {Add(value)}");
        return this;
    }

    public SqlWhere In(string column, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            clauses.Add($"{column} IN ({string.Join(", ", values.Select(v => Add(v)))})");
        }

        return this;
    }

    public SqlWhere Compare(string column, string op, object? value)
    {
        if (value is not null)
        {
            clauses.Add($"{column} {op} {Add(value)}");
        }

        return this;
    }

    public SqlWhere Raw(string clause)
    {
        clauses.Add(clause);
        return this;
    }

    public string Add(object value)
    {
        var name = "$p" + Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Parameters.Add((name, value));
        return name;
    }

    public static SqlWhere ForJobs(string owner, JobFilter filter)
    {
        var where = new SqlWhere().Equal("owner", owner)
            .In("id", filter.Ids).In("project_id", filter.ProjectIds).In("owner", filter.UserIds)
            .In("batch_id", filter.BatchIds).In("status", filter.Statuses)
            .Compare("runs", ">=", filter.MinRuns).Compare("runs", "<=", filter.MaxRuns)
            .Compare("created_at", ">=", filter.StartDate).Compare("created_at", "<=", filter.EndDate);
        if (filter.HasErrors is { } hasErrors)
        {
            where.Raw(hasErrors ? "errors <> '[]'" : "errors = '[]'");
        }

        return where;
    }

    public static SqlWhere ForBatches(string owner, BatchFilter filter)
    {
        var where = new SqlWhere().Equal("owner", owner)
            .In("id", filter.Ids).In("project_id", filter.ProjectIds).In("owner", filter.UserIds)
            .In("device_type", filter.DeviceTypes).In("status", filter.Statuses)
            .Compare("open", "=", filter.Open is { } open ? (open ? 1 : 0) : null)
            .Compare("created_at", ">=", filter.StartDate).Compare("created_at", "<=", filter.EndDate);
        if (filter.QueuePriorities.Count > 0 && !filter.QueuePriorities.Contains(QueuePriority.Default))
        {
            where.Raw("0");
        }

        if (filter.Tag is not null)
        {
            where.Raw($"EXISTS (SELECT 1 FROM json_each(tags) WHERE json_each.value = {where.Add(filter.Tag)})");
        }

        return where;
    }
}
