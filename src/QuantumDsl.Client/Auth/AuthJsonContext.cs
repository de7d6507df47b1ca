using System.Text.Json.Serialization;

namespace QuantumDsl.Client;

/// <summary>An OAuth2 token endpoint response.</summary>
internal sealed record TokenResponse(string? AccessToken, double? ExpiresIn, string? TokenType);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
