namespace QuantumDsl.Emulator;

/// <summary>An account of the emulator: the username and password a password grant or the PKCE login accepts.</summary>
/// <param name="Username">Login name; tokens carry <c>sub = auth0|&lt;Username&gt;</c>.</param>
/// <param name="Password">Password (plain text: the emulator is a local development server).</param>
public sealed record EmulatorAccount(string Username, string Password)
{
    /// <summary>Parses <c>user:password</c> (the standalone server's <c>--account</c> value).</summary>
    /// <exception cref="FormatException">The value has no colon, or an empty user or password.</exception>
    public static EmulatorAccount Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            throw new FormatException($"account '{value}' must be 'user:password' with a non-empty user and password");
        }

        var user = value[..colon];
        if (user.Contains('|', StringComparison.Ordinal) || user.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException($"account user '{user}' must not contain '|' or '/'");
        }

        return new EmulatorAccount(user, value[(colon + 1)..]);
    }
}
