using System.Text.Json.Serialization;

namespace QuantumDsl.Emulator.Auth;

/// <summary>A successful token response (Auth0 shape).</summary>
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Scope);

/// <summary>An OAuth error response (RFC 6749 §5.2 shape, as Auth0 returns it).</summary>
internal sealed record OAuthError(string Error, string ErrorDescription)
{
    /// <summary>The description, cut at <see cref="Http.Excerpt.MessageChars"/> characters.</summary>
    public string ErrorDescription { get; } = Http.Excerpt.Cap(ErrorDescription);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
