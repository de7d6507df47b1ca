using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace QuantumDsl.Emulator.Auth;

/// <summary>One-use PKCE authorization codes (kept in memory for five minutes).</summary>
internal sealed class AuthorizationCodes(TimeProvider time)
{
    /// <summary>Most codes waiting to be redeemed at once (memory stays bounded).</summary>
    public const int MaxPending = 1_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Grant> grants = new(StringComparer.Ordinal);

    /// <summary>A new code, or null when <see cref="MaxPending"/> unexpired codes are waiting.</summary>
    public string? Create(string username, string challenge, string method, string redirectUri)
    {
        var now = time.GetUtcNow();
        if (grants.Count >= MaxPending)
        {
            foreach (var (key, old) in grants)
            {
                if (old.Expires < now)
                {
                    grants.TryRemove(key, out _);
                }
            }

            if (grants.Count >= MaxPending)
            {
                return null;
            }
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        grants[code] = new Grant(username, challenge, method, redirectUri, now + Lifetime);
        return code;
    }

    /// <summary>Redeems <paramref name="code"/>; returns the username, or an error description.</summary>
    public (string? Username, string? Error) Redeem(string code, string verifier, string? redirectUri)
    {
        if (!grants.TryRemove(code, out var grant) || grant.Expires < time.GetUtcNow())
        {
            return (null, "code: unknown, already used or expired (codes live 5 minutes)");
        }

        if (redirectUri is not null && !string.Equals(redirectUri, grant.RedirectUri, StringComparison.Ordinal))
        {
            return (null, $"redirect_uri: '{Http.Excerpt.Of(redirectUri)}' differs from the one given to /authorize ('{Http.Excerpt.Of(grant.RedirectUri)}')");
        }

        var expected = grant.Method == "S256"
            ? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(grant.Challenge))
            ? (grant.Username, null)
            : (null, "code_verifier: does not match the code_challenge given to /authorize");
    }

    private sealed record Grant(string Username, string Challenge, string Method, string RedirectUri, DateTimeOffset Expires);
}
