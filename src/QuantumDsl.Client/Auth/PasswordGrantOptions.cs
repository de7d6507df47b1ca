using System.ComponentModel.DataAnnotations;

namespace QuantumDsl.Client;

/// <summary>
/// OAuth2 password grant settings (Pasqal's Auth0 "password-realm" grant by default; Keycloak uses
/// <c>GrantType = "password"</c>). Defaults are Pasqal's EU production values, public client id included (the one the
/// pasqal-cloud SDK ships), so a Pasqal account's e-mail and password are all a user gives.
/// </summary>
public sealed class PasswordGrantOptions
{
    /// <summary>The public client id of Pasqal's production Auth0 tenant (pasqal-cloud's <c>PUBLIC_CLIENT_ID</c>); no secret goes with it.</summary>
    public const string PasqalPublicClientId = "PeZvo7Atx7IVv3iel59asJSb4Ig7vuSB";

    /// <summary>The public client id of Pasqal's Keycloak tenants (the SA region; pasqal-cloud's <c>cloud-sdk</c>).</summary>
    public const string PasqalKeycloakClientId = "cloud-sdk";

    /// <summary>The token endpoint.</summary>
    [Required]
    public Uri TokenEndpoint { get; set; } = new("https://pasqal.eu.auth0.com/oauth/token");

    /// <summary>The public client id (default <see cref="PasqalPublicClientId"/>).</summary>
    [Required]
    public string ClientId { get; set; } = PasqalPublicClientId;

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
