using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Auth;

/// <summary>
/// Issues and checks the emulator's access tokens: HS256 JWTs whose <c>sub</c> is <c>auth0|&lt;username&gt;</c>
/// (as Auth0 issues them) and whose <c>gen</c> claim is the account's token generation — an HMAC of the username and
/// password under the server key. A token is honoured only while its account is configured with the same password:
/// removing the account or changing its password invalidates every token issued before. The HMAC key is generated once
/// and kept in the database, so tokens survive a restart.
/// </summary>
internal sealed class TokenIssuer
{
    public const string Issuer = "quantumdsl-emulator";
    public const string Audience = "quantumdsl-emulator";
    public const string SubjectPrefix = "auth0|";
    public const string GenerationClaim = "gen";

    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;
    private readonly JsonWebTokenHandler handler = new();
    private readonly Dictionary<EmulatorAccount, string> generations;

    public TokenIssuer(SettingsStore settings, EmulatorOptions options, TimeProvider time)
    {
        this.time = time;
        lifetime = options.TokenLifetime;
        var key = settings.GetOrAdd("jwt_hmac_key", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        SigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key)) { KeyId = "emulator" };
        // Accounts are fixed for the life of the process: each generation is computed once, not per request.
        generations = options.EffectiveAccounts.Distinct().ToDictionary(a => a, ComputeGeneration);
    }

    public SymmetricSecurityKey SigningKey { get; }

    public int ExpiresInSeconds => (int)lifetime.TotalSeconds;

    public string Issue(EmulatorAccount account)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { ["sub"] = SubjectPrefix + account.Username, [GenerationClaim] = Generation(account) },
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Why a correctly signed token is not honoured (no usable subject, unknown account, old generation), or null.</summary>
    public string? Reject(ClaimsPrincipal user, AccountDirectory accounts)
    {
        var sub = user.FindFirst("sub")?.Value;
        if (sub is null || !sub.StartsWith(SubjectPrefix, StringComparison.Ordinal) || sub.Length == SubjectPrefix.Length)
        {
            return $"the token's subject must be '{SubjectPrefix}<username>'";
        }

        var account = accounts.Find(sub[SubjectPrefix.Length..]);
        if (account is null)
        {
            return "the token's account is not configured on this emulator (removed?); log in again";
        }

        var generation = user.FindFirst(GenerationClaim)?.Value;
        return generation is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(generation), Encoding.ASCII.GetBytes(Generation(account)))
            ? null
            : "the token was issued before the account's password changed (or has no generation); log in again";
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

    /// <summary>The account's token generation: changes when its password does.</summary>
    private string Generation(EmulatorAccount account) =>
        generations.TryGetValue(account, out var generation) ? generation : ComputeGeneration(account);

    private string ComputeGeneration(EmulatorAccount account) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(SigningKey.Key, Encoding.UTF8.GetBytes("generation\0" + account.Username + "\0" + account.Password)))[..22];
}
