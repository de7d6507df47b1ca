using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace QuantumDsl.Emulator.Auth;

/// <summary>The configured accounts: password checks and the owner name of an authenticated request.</summary>
internal sealed class AccountDirectory(EmulatorOptions options)
{
    public bool Verify(string? username, string? password)
    {
        if (username is null || password is null)
        {
            return false;
        }

        var account = Find(username);
        return account is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(account.Password), Encoding.UTF8.GetBytes(password));
    }

    public EmulatorAccount? Find(string username) =>
        options.EffectiveAccounts.FirstOrDefault(a => string.Equals(a.Username, username, StringComparison.Ordinal));

    /// <summary>The username of a validated token (its <c>sub</c> without <c>auth0|</c>), or null.</summary>
    public static string? Owner(ClaimsPrincipal user)
    {
        var sub = user.FindFirst("sub")?.Value;
        return sub is not null && sub.StartsWith(TokenIssuer.SubjectPrefix, StringComparison.Ordinal)
            ? sub[TokenIssuer.SubjectPrefix.Length..]
            : null;
    }
}
