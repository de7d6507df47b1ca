using System.Globalization;
using System.Text;

namespace QuantumDsl.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> as CSV that <c>pandas.read_csv(path)</c> reads without options: UTF-8 without a
/// byte-order mark, a header row of <see cref="ResultColumn.Header"/>s, comma separators, <c>\n</c> line ends, invariant
/// culture, doubles as the shortest text that reads back as the same double, with <c>.0</c> on whole numbers so a
/// column of doubles stays <c>float64</c> (<c>inf</c>, <c>-inf</c>, <c>NaN</c> for the special values), booleans as <c>True</c>/<c>False</c>, a missing value as an empty field, and text quoted
/// (RFC 4180) when it holds a comma, a quote, a line break or edge spaces.
/// </summary>
public static class ResultCsv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    public static async Task WriteAsync(ResultTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        AppendRow(line, table.Columns.Select(c => Quote(c.Header)));
        await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        for (var row = 0; row < table.RowCount; row++)
        {
            line.Clear();
            AppendRow(line, table.Columns.Select(c => Format(c.Values[row])));
            await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="table"/> to a new file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task WriteAsync(ResultTable table, string path, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        var stream = ResultFiles.Create(path, overwrite);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new StreamWriter(stream, Utf8);
            await using (writer.ConfigureAwait(false))
            {
                await WriteAsync(table, writer, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The table as CSV text.</summary>
    public static string ToCsv(ResultTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteAsync(table, writer).GetAwaiter().GetResult();
        return writer.ToString();
    }

    /// <summary>One value as a CSV field.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d when double.IsPositiveInfinity(d) => "inf",
        double d when double.IsNegativeInfinity(d) => "-inf",
        double d when double.IsNaN(d) => "NaN",
        double d => Double(d),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        string s => Quote(s),
        _ => throw new ArgumentException($"value: {value.GetType().Name} is not a result value type (long, double, bool, string)", nameof(value)),
    };

    // Shortest round-trip text, with ".0" on whole numbers so pandas reads the column as float64, not int64.
    private static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".E") >= 0 ? text : text + ".0";
    }

    private static void AppendRow(StringBuilder line, IEnumerable<string> fields) =>
        line.AppendJoin(',', fields).Append('\n');

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
