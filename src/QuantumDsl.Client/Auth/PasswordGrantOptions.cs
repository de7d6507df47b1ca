using System.ComponentModel.DataAnnotations;

namespace QuantumDsl.Client;

/// <summary>
/// OAuth2 password grant settings (Pasqal's Auth0 "password-realm" grant by default; Keycloak uses
/// <c>GrantType = "password"</c>). Defaults are Pasqal's EU production values except the public client id.
/// </summary>
public sealed class PasswordGrantOptions
{
    /// <summary>The token endpoint.</summary>
    [Required]
    public Uri TokenEndpoint { get; set; } = new("https://pasqal.eu.auth0.com/oauth/token");

    /// <summary>The public client id.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The grant type sent as <c>grant_type</c>.</summary>
    public string GrantType { get; set; } = "http://auth0.com/oauth/grant-type/password-realm";

    /// <summary>The realm (Auth0 connection).</summary>
    public string Realm { get; set; } = "pcs-users";

    /// <summary>The audience.</summary>
    public string Audience { get; set; } = "https://apis.pasqal.cloud/account/api/v1";

    /// <summary>The user name.</summary>
    [Required]
    public string Username { get; set; } = "";

    /// <summary>The password.</summary>
    [Required]
    public string Password { get; set; } = "";
}
