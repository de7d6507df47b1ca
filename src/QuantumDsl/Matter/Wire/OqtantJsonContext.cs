using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// The one source-generated JSON context of the Oqtant wire (requests, responses, job files). Names come from
/// <c>[JsonPropertyName]</c>, enums are written as their wire strings, nulls are written, C# <c>required</c> members
/// must be present and nullable annotations are enforced. Use <see cref="Strict"/> to also reject unknown keys.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(WireDateTimeConverter)])]
[JsonSerializable(typeof(JobCreateRequest))]
[JsonSerializable(typeof(JobCreateResponse))]
[JsonSerializable(typeof(OqtantJob))]
[JsonSerializable(typeof(JobSearchPage))]
[JsonSerializable(typeof(JobLimits))]
[JsonSerializable(typeof(InputValues))]
[JsonSerializable(typeof(JobInput))]
[JsonSerializable(typeof(Output))]
[JsonSerializable(typeof(PlotOutput))]
[JsonSerializable(typeof(NonPlotOutput))]
[JsonSerializable(typeof(ImageType))]
[JsonSerializable(typeof(JobType))]
[JsonSerializable(typeof(JobStatus))]
[JsonSerializable(typeof(RfInterpolationType))]
[JsonSerializable(typeof(InterpolationType))]
[JsonSerializable(typeof(BarrierShape))]
[JsonSerializable(typeof(LaserType))]
[JsonSerializable(typeof(RawImageType))]
[JsonSerializable(typeof(IReadOnlyList<RawImages>))]
public sealed partial class OqtantJsonContext : JsonSerializerContext
{
    /// <summary>The same context, but unknown keys are errors (for user-written job definitions: nothing is silently dropped).</summary>
    public static OqtantJsonContext Strict => StrictHolder.Instance;

    // A nested holder: its initializer runs on first use, after the generated Default exists.
    private static class StrictHolder
    {
        public static readonly OqtantJsonContext Instance = new(new JsonSerializerOptions(Default.Options)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        });
    }
}
