using System.Text.Json.Serialization;
using QuantumDsl.Emulator.Http;
using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Oqtant;

/// <summary>FastAPI's validation error body: <c>{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}</c>.</summary>
internal sealed record ValidationDetail(IReadOnlyList<ErrorDetail> Detail);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ValidationDetail))]
internal sealed partial class OqtantErrorJsonContext : JsonSerializerContext;

/// <summary>Oqtant (FastAPI-style) error results.</summary>
internal static class OqtantErrors
{
    public static IResult Detail(int status, string message) =>
        Results.Json(new DetailError(message), DetailJsonContext.Default.DetailError, statusCode: status);

    public static IResult Invalid(IEnumerable<ErrorDetail> errors) =>
        Results.Json(new ValidationDetail([.. errors]), OqtantErrorJsonContext.Default.ValidationDetail, statusCode: 422);

    /// <summary>A violation as a FastAPI error: <c>loc</c> from its wire path (<c>inputs[0].end_time_ms</c> → body, inputs, 0, end_time_ms).</summary>
    public static ErrorDetail FromViolation(Violation violation, string root = "body")
    {
        var loc = new List<LocationPart> { root };
        if (violation.Path is not ("$" or ""))
        {
            foreach (var segment in violation.Path.Split('.'))
            {
                var bracket = segment.IndexOf('[', StringComparison.Ordinal);
                loc.Add(bracket < 0 ? segment : segment[..bracket]);
                for (var i = bracket; i >= 0; i = segment.IndexOf('[', i + 1))
                {
                    var end = segment.IndexOf(']', i);
                    if (int.TryParse(segment.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out var index))
                    {
                        loc.Add(index);
                    }
                }
            }
        }

        // The runtime's paths are relative to an input's values (inputs[0].end_time_ms); the wire nests them in "values".
        if (loc.Count > 3 && loc[1].Name == "inputs" && loc[3].Name is not ("notes" or "values" or "run" or "job_id" or "output"))
        {
            loc.Insert(3, "values");
        }

        return new ErrorDetail(loc, violation.Message, "value_error");
    }
}
