using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Auth;

/// <summary>
/// Issues and describes the emulator's access tokens: HS256 JWTs whose <c>sub</c> is <c>auth0|&lt;username&gt;</c>
/// (as Auth0 issues them). The HMAC key is generated once and kept in the database, so tokens survive a restart.
/// </summary>
internal sealed class TokenIssuer
{
    public const string Issuer = "quantumdsl-emulator";
    public const string Audience = "quantumdsl-emulator";
    public const string SubjectPrefix = "auth0|";

    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;
    private readonly JsonWebTokenHandler handler = new();

    public TokenIssuer(SettingsStore settings, EmulatorOptions options, TimeProvider time)
    {
        this.time = time;
        lifetime = options.TokenLifetime;
        var key = settings.GetOrAdd("jwt_hmac_key", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        SigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key)) { KeyId = "emulator" };
    }

    public SymmetricSecurityKey SigningKey { get; }

    public int ExpiresInSeconds => (int)lifetime.TotalSeconds;

    public string Issue(string username)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["sub"] = SubjectPrefix + username },
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(5),
        NameClaimType = "sub",
    };
}
