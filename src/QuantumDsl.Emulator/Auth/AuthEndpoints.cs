using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Auth;

/// <summary>
/// The token endpoint (<c>POST /oauth/token</c>, form-encoded as Auth0: password, password-realm and PKCE
/// authorization-code grants) and a minimal <c>GET /authorize</c> for the PKCE browser login.
/// </summary>
internal static class AuthEndpoints
{
    public const string TokenPath = "/oauth/token";
    public const string AuthorizePath = "/authorize";

    /// <summary>Largest token request body (a form of a few short fields).</summary>
    public const int MaxTokenBodyBytes = 64 * 1024;

    /// <summary>Limits of the token form: fields, key and value lengths.</summary>
    public static readonly FormOptions TokenForm = new()
    {
        ValueCountLimit = 32,
        KeyLengthLimit = 256,
        ValueLengthLimit = 8 * 1024,
        BufferBody = false,
    };

    /// <summary>Longest <c>redirect_uri</c>.</summary>
    public const int MaxRedirectUriLength = 2_048;

    private const string PasswordRealmGrant = "http://auth0.com/oauth/grant-type/password-realm";
    private const string FormMediaType = "application/x-www-form-urlencoded";

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost(TokenPath, Token);
        app.MapGet(AuthorizePath, Authorize);
    }

    private static async Task<IResult> Token(HttpContext context, AccountDirectory accounts, TokenIssuer issuer, AuthorizationCodes codes, LoginThrottle throttle)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.Split(';')[0].Trim().Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, "invalid_request", $"the body must be {FormMediaType} (got '{Excerpt.Of(contentType)}')");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxTokenBodyBytes;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(TokenForm, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return Error(400, "invalid_request", string.Create(CultureInfo.InvariantCulture,
                $"the form cannot be read: {ex.Message} (limits: {TokenForm.ValueCountLimit} fields, keys of {TokenForm.KeyLengthLimit} characters, values of {TokenForm.ValueLengthLimit}; no control characters such as NUL)"));
        }
        catch (BadHttpRequestException ex)
        {
            return Error(ex.StatusCode, "invalid_request", ex.StatusCode == 413
                ? string.Create(CultureInfo.InvariantCulture, $"the body is larger than the limit of {MaxTokenBodyBytes} bytes")
                : $"the body cannot be read: {ex.Message}");
        }

        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

        var grant = Field("grant_type");
        string? username;
        switch (grant)
        {
            case "password" or PasswordRealmGrant:
                username = Field("username");
                var password = Field("password");
                if (username is null || password is null)
                {
                    return Error(400, "invalid_request", "username and password are required for the password grant");
                }

                if (CheckPassword(context, accounts, throttle, username, password, "invalid_grant", 403) is { } refused)
                {
                    return refused;
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
                    $"grant_type '{Excerpt.Of(grant)}' is not supported; use password, {PasswordRealmGrant} or authorization_code");
        }

        if (accounts.Find(username!) is not { } account)
        {
            return Error(403, "invalid_grant", "the account no longer exists on this emulator");
        }

        var response = new TokenResponse(issuer.Issue(account), "Bearer", issuer.ExpiresInSeconds, "openid profile");
        return Results.Json(response, AuthJsonContext.Default.TokenResponse);
    }

    private static IResult Authorize(HttpContext context, AccountDirectory accounts, AuthorizationCodes codes, EmulatorOptions options, LoginThrottle throttle)
    {
        var query = context.Request.Query;
        string? Field(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

        if (Field("response_type") != "code")
        {
            return Error(400, "unsupported_response_type", "response_type must be 'code'");
        }

        var redirect = Field("redirect_uri");
        if (RedirectProblem(redirect) is { } redirectProblem)
        {
            return Error(400, "invalid_request", redirectProblem);
        }

        var challenge = Field("code_challenge");
        var method = Field("code_challenge_method") ?? "plain";
        if (challenge is null || method is not ("S256" or "plain"))
        {
            return Error(400, "invalid_request", "code_challenge is required and code_challenge_method must be S256 or plain");
        }

        if (challenge.Length is < 43 or > 128 || !challenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
        {
            return Error(400, "invalid_request", "code_challenge must be 43..128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2)");
        }

        var state = Field("state");
        if (state is { Length: > 1024 })
        {
            return Error(400, "invalid_request", string.Create(CultureInfo.InvariantCulture, $"state has {state.Length} characters; the limit is 1024"));
        }

        string username;
        if (Field("username") is { } user)
        {
            if (CheckPassword(context, accounts, throttle, user, Field("password"), "access_denied", 403) is { } refused)
            {
                return refused;
            }

            username = user;
        }
        else if (options.AutoApproveUser is { } auto)
        {
            username = auto;
        }
        else
        {
            return Error(401, "login_required",
                "this emulator approves no account automatically (start it with --auto-approve <user> for that): pass username and password as query parameters");
        }

        if (codes.Create(username, challenge, method, redirect!) is not { } code)
        {
            return Error(429, "too_many_requests", string.Create(CultureInfo.InvariantCulture,
                $"{AuthorizationCodes.MaxPending} authorization codes are waiting to be redeemed; redeem them or wait until they expire"));
        }

        var separator = redirect!.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var stateParameter = state is null ? "" : "&state=" + Uri.EscapeDataString(state);
        return Results.Redirect($"{redirect}{separator}code={Uri.EscapeDataString(code)}{stateParameter}");
    }

    /// <summary>Why <paramref name="redirect"/> cannot be redirected to, or null: an absolute http(s) loopback URL of printable ASCII, without a fragment.</summary>
    private static string? RedirectProblem(string? redirect)
    {
        const string Expected = "redirect_uri must be an absolute loopback URL (http://localhost:<port>/...)";
        if (redirect is null)
        {
            return Expected;
        }

        if (redirect.Length > MaxRedirectUriLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"redirect_uri has {redirect.Length} characters; the limit is {MaxRedirectUriLength}");
        }

        if (redirect.Any(c => c is < '!' or > '~'))
        {
            return "redirect_uri may only hold printable ASCII characters (percent-encode the others; no spaces, control characters or NUL)";
        }

        if (redirect.Contains('#', StringComparison.Ordinal))
        {
            return "redirect_uri must not include a fragment (RFC 6749 §3.1.2)";
        }

        return Uri.TryCreate(redirect, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback
            ? null
            : $"{Expected}, got '{Excerpt.Of(redirect)}'";
    }

    /// <summary>Null when the password is right; else the refusal (429 while the account is throttled).</summary>
    private static IResult? CheckPassword(HttpContext context, AccountDirectory accounts, LoginThrottle throttle, string username, string? password, string error, int status)
    {
        if (throttle.RetryAfter(username) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Error(429, "too_many_attempts", string.Create(CultureInfo.InvariantCulture,
                $"{LoginThrottle.MaxFailures} wrong passwords within {LoginThrottle.Window.TotalSeconds:0} s for this account: try again in {seconds} s"));
        }

        if (!accounts.Verify(username, password))
        {
            throttle.Failed(username);
            return Error(status, error, "Wrong email or password.");
        }

        throttle.Succeeded(username);
        return null;
    }

    private static JsonHttpResult<OAuthError> Error(int status, string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), AuthJsonContext.Default.OAuthError, statusCode: status);
}
