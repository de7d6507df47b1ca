using System.Text.Json.Serialization;

namespace QuantumDsl.Cli.Config;

/// <summary>The per-user config file: the backend used when <c>--backend</c> is omitted, and one saved login per backend.</summary>
public sealed record CliConfig
{
    /// <summary>The backend of the last login (<c>emulator</c>, <c>oqtant</c> or <c>pasqal</c>).</summary>
    [JsonPropertyName("default_backend")]
    public string? DefaultBackend { get; init; }

    /// <summary>
    /// The Oqtant public Auth0 client id for <c>qdsl login --backend oqtant</c>, when neither <c>--client-id</c> nor
    /// <c>$QDSL_OQTANT_CLIENT_ID</c> gives one (QuantumDsl cannot ship it: see docs/cli.md, "Logging in to the real services").
    /// </summary>
    [JsonPropertyName("oqtant_client_id")]
    public string? OqtantClientId { get; init; }

    /// <summary>Saved logins by backend name.</summary>
    [JsonPropertyName("logins")]
    public IReadOnlyDictionary<string, SavedLogin> Logins { get; init; } = new Dictionary<string, SavedLogin>(StringComparer.Ordinal);
}

/// <summary>A saved login: the base URL it was made against, the access token and when it was saved.</summary>
/// <param name="Url">The base URL (<c>--url</c>) of the login.</param>
/// <param name="Token">The bearer token.</param>
/// <param name="SavedAt">When the token was saved, UTC.</param>
public sealed record SavedLogin(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("saved_at")] DateTimeOffset SavedAt);

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CliConfig))]
internal sealed partial class CliConfigJsonContext : JsonSerializerContext;
