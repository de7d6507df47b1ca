using System.Globalization;

namespace QuantumDsl.Export;

/// <summary>
/// One column of a <see cref="ResultTable"/>: a name (a wire name such as <c>final_rf</c> or <c>temperature_nk</c>),
/// an optional unit, a description, a type and one value per row (<see langword="null"/> where the row has none).
/// The CSV header and the Parquet field name are <see cref="Header"/>: the name, then the unit in brackets when
/// there is one (<c>final_rf [MHz]</c>).
/// </summary>
public sealed class ResultColumn
{
    private readonly object?[] _values;

    private ResultColumn(string name, string? unit, string? description, ResultColumnType type, object?[] values)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("name: a result column needs a non-empty name", nameof(name));
        }

        if (unit is { Length: 0 })
        {
            throw new ArgumentException($"unit: column '{name}' has an empty unit; pass null for none", nameof(unit));
        }

        Name = name;
        Unit = unit;
        Description = description;
        Type = type;
        _values = values;
    }

    /// <summary>The column's name, for example <c>final_rf</c>.</summary>
    public string Name { get; }

    /// <summary>The unit of the values, for example <c>MHz</c>, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>What the column holds, in words (written to the Parquet file's metadata), or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The values' type.</summary>
    public ResultColumnType Type { get; }

    /// <summary>The CSV header and Parquet field name: <c>name</c>, or <c>name [unit]</c>.</summary>
    public string Header => Unit is null ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name} [{Unit}]");

    /// <summary>One value per row: <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/> by <see cref="Type"/>, or null.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>A column of 64-bit integers.</summary>
    public static ResultColumn Int64(string name, IEnumerable<long?> values, string? unit = null, string? description = null) =>
        new(name, unit, description, ResultColumnType.Int64, [.. Box(values)]);

    /// <summary>A column of doubles.</summary>
    public static ResultColumn Double(string name, IEnumerable<double?> values, string? unit = null, string? description = null) =>
        new(name, unit, description, ResultColumnType.Double, [.. Box(values)]);

    /// <summary>A column of booleans.</summary>
    public static ResultColumn Boolean(string name, IEnumerable<bool?> values, string? unit = null, string? description = null) =>
        new(name, unit, description, ResultColumnType.Boolean, [.. Box(values)]);

    /// <summary>A column of text.</summary>
    public static ResultColumn String(string name, IEnumerable<string?> values, string? unit = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(name, unit, description, ResultColumnType.String, [.. values]);
    }

    private static IEnumerable<object?> Box<T>(IEnumerable<T?> values)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(v => v is { } value ? (object)value : null);
    }
}
