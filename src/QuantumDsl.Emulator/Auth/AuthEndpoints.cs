using Microsoft.AspNetCore.Http.HttpResults;

namespace QuantumDsl.Emulator.Auth;

/// <summary>
/// The token endpoint (<c>POST /oauth/token</c>, form-encoded as Auth0: password, password-realm and PKCE
/// authorization-code grants) and a minimal <c>GET /authorize</c> for the PKCE browser login.
/// </summary>
internal static class AuthEndpoints
{
    public const string TokenPath = "/oauth/token";
    public const string AuthorizePath = "/authorize";
    private const string PasswordRealmGrant = "http://auth0.com/oauth/grant-type/password-realm";

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost(TokenPath, Token);
        app.MapGet(AuthorizePath, Authorize);
    }

    private static async Task<IResult> Token(HttpContext context, AccountDirectory accounts, TokenIssuer issuer, AuthorizationCodes codes)
    {
        if (!context.Request.HasFormContentType)
        {
            return Error(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

        var grant = Field("grant_type");
        string? username;
        switch (grant)
        {
            case "password" or PasswordRealmGrant:
                username = Field("username");
                if (username is null || Field("password") is null)
                {
                    return Error(400, "invalid_request", "username and password are required for the password grant");
                }

                if (!accounts.Verify(username, Field("password")))
                {
                    return Error(403, "invalid_grant", "Wrong email or password.");
                }

                break;
            case "authorization_code":
                var code = Field("code");
                var verifier = Field("code_verifier");
                if (code is null || verifier is null)
                {
                    return Error(400, "invalid_request", "code and code_verifier are required for the authorization_code grant");
                }

                (username, var problem) = codes.Redeem(code, verifier, Field("redirect_uri"));
                if (problem is not null)
                {
                    return Error(403, "invalid_grant", problem);
                }

                break;
            default:
                return Error(400, "unsupported_grant_type",
                    $"grant_type '{grant}' is not supported; use password, {PasswordRealmGrant} or authorization_code");
        }

        var response = new TokenResponse(issuer.Issue(username!), "Bearer", issuer.ExpiresInSeconds, "openid profile");
        return Results.Json(response, AuthJsonContext.Default.TokenResponse);
    }

    private static IResult Authorize(HttpContext context, AccountDirectory accounts, AuthorizationCodes codes, EmulatorOptions options)
    {
        var query = context.Request.Query;
        string? Field(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

        if (Field("response_type") != "code")
        {
            return Error(400, "unsupported_response_type", "response_type must be 'code'");
        }

        var redirect = Field("redirect_uri");
        if (redirect is null || !Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri) || !redirectUri.IsLoopback)
        {
            return Error(400, "invalid_request", "redirect_uri must be an absolute loopback URL (http://localhost:<port>/...)");
        }

        var challenge = Field("code_challenge");
        var method = Field("code_challenge_method") ?? "plain";
        if (challenge is null || method is not ("S256" or "plain"))
        {
            return Error(400, "invalid_request", "code_challenge is required and code_challenge_method must be S256 or plain");
        }

        string username;
        if (Field("username") is { } user)
        {
            if (!accounts.Verify(user, Field("password")))
            {
                return Error(403, "access_denied", "Wrong email or password.");
            }

            username = user;
        }
        else if (options.EffectiveAutoApproveUser is { } auto)
        {
            username = auto;
        }
        else
        {
            return Error(401, "login_required",
                "this emulator approves no account automatically: pass username and password as query parameters");
        }

        var code = codes.Create(username, challenge, method, redirect);
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var state = Field("state") is { } s ? "&state=" + Uri.EscapeDataString(s) : "";
        return Results.Redirect($"{redirect}{separator}code={Uri.EscapeDataString(code)}{state}");
    }

    private static JsonHttpResult<OAuthError> Error(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), AuthJsonContext.Default.OAuthError, statusCode: status);
}
