using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace QuantumDsl.Client.Oqtant;

/// <summary>Settings of <see cref="OqtantClient"/>.</summary>
public sealed class OqtantClientOptions
{
    /// <summary>The API base, e.g. <c>https://oqtant.infleqtion.com/api</c> or the emulator's <c>…/oqtant/api</c>.</summary>
    [Required]
    public Uri? Endpoint { get; set; } = new("https://oqtant.infleqtion.com/api");

    /// <summary>A bearer token (from <see cref="OqtantLogin"/> or the emulator's dev token).</summary>
    public string? Token { get; set; }

    /// <summary>The user id in URLs; by default the token's <c>sub</c> claim without its <c>auth0|</c> prefix.</summary>
    public string? UserId { get; set; }

    /// <summary>Sent as <c>X-Client-Version</c> on every call.</summary>
    public string ClientVersion { get; set; } = "1.0.0";

    /// <summary>First delay between status polls; doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between status polls.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Jobs per run list (the service's <c>run_list_limit</c>); longer lists are split.</summary>
    [Range(1, 1000)]
    public int RunListLimit { get; set; } = 30;

    /// <summary>HTTP resilience settings (used when the client builds its own HttpClient).</summary>
    [ValidateObjectMembers]
    public QuantumResilienceOptions Resilience { get; set; } = new();

    /// <summary>A copy of these settings with another <see cref="Token"/> (the caller's object is never changed).</summary>
    internal OqtantClientOptions WithToken(string token) => new()
    {
        Endpoint = Endpoint,
        Token = token,
        UserId = UserId,
        ClientVersion = ClientVersion,
        PollInterval = PollInterval,
        MaxPollInterval = MaxPollInterval,
        RunListLimit = RunListLimit,
        Resilience = Resilience,
    };
}
