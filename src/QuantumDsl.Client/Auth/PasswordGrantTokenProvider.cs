using System.Text.Json;

namespace QuantumDsl.Client;

/// <summary>
/// Gets a token with an OAuth2 password grant and caches it until a minute before it expires (expiry from
/// <c>expires_in</c>, else the JWT <c>exp</c> claim, else not cached), as the pasqal-cloud SDK does.
/// </summary>
public sealed class PasswordGrantTokenProvider : ITokenProvider, IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly HttpClient _http;
    private readonly PasswordGrantOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    /// <summary>Creates the provider; <paramref name="http"/> is used only for the token endpoint.</summary>
    public PasswordGrantTokenProvider(HttpClient http, PasswordGrantOptions options, TimeProvider? timeProvider = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many tokens were fetched (for tests and metrics).</summary>
    public int TokensFetched { get; private set; }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && _time.GetUtcNow() < _refreshAt)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } again && _time.GetUtcNow() < _refreshAt)
            {
                return again;
            }

            var (token, expiresAt) = await FetchAsync(cancellationToken).ConfigureAwait(false);
            _token = token;
            _refreshAt = expiresAt - Margin;
            TokensFetched++;
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _options.ClientId,
            ["grant_type"] = _options.GrantType,
            ["realm"] = _options.Realm,
            ["audience"] = _options.Audience,
            ["username"] = _options.Username,
            ["password"] = _options.Password,
        });
        const string operation = "POST token endpoint";
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(_options.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new QuantumServiceException(0, "cannot reach " + _options.TokenEndpoint.GetLeftPart(UriPartial.Path) + ": " + ServiceHttp.Cause(e), null, operation, e);
        }

        using var answer = response;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new QuantumServiceException((int)response.StatusCode, ServiceError.Describe(body), body, operation);
        }

        var parsed = JsonSerializer.Deserialize(body, AuthJsonContext.Default.TokenResponse)
            ?? throw new QuantumServiceException((int)response.StatusCode, "empty token response", body, operation);
        if (string.IsNullOrEmpty(parsed.AccessToken))
        {
            throw new QuantumServiceException((int)response.StatusCode, "the token response has no access_token", body, operation);
        }

        var now = _time.GetUtcNow();
        var expiresAt = parsed.ExpiresIn is { } seconds ? now.AddSeconds(seconds)
            : Jwt.ReadExpiry(parsed.AccessToken) ?? now;
        return (parsed.AccessToken, expiresAt);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
