using System.Text.Json;

namespace QuantumDsl.Emulator.Http;

/// <summary>
/// The one nesting policy of the emulator, for reading and writing: a request body may nest at most
/// <see cref="MaxDepth"/> levels, and responses are written with room for the envelope around anything stored
/// (<see cref="ResponseMaxDepth"/>), so whatever a request was accepted with can always be answered.
/// </summary>
internal static class JsonLimits
{
    /// <summary>Deepest nesting a request body (or a JSON string inside it, such as a Pulser sequence) may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>Levels a response adds around a stored sub-document (envelope, data, list, item, field…), with margin.</summary>
    public const int EnvelopeDepth = 16;

    /// <summary>Depth the response writers allow.</summary>
    public const int ResponseMaxDepth = MaxDepth + EnvelopeDepth;

    /// <summary>Options to parse request bodies and the JSON strings they carry.</summary>
    public static readonly JsonDocumentOptions Read = new() { MaxDepth = MaxDepth };
}
