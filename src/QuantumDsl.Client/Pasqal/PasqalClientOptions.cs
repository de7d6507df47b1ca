using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace QuantumDsl.Client.Pasqal;

/// <summary>Settings of <see cref="PasqalClient"/>.</summary>
public sealed class PasqalClientOptions
{
    /// <summary>The core service, e.g. <c>https://apis.pasqal.cloud/core-fast</c> or the emulator's <c>…/pasqal/core-fast</c>.</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>The project new batches belong to (sent as <c>project_id</c>).</summary>
    public string? ProjectId { get; set; }

    /// <summary>A ready bearer token (e.g. the emulator's dev token); alternative to <see cref="Credentials"/>.</summary>
    public string? Token { get; set; }

    /// <summary>Password-grant credentials; the token is cached until a minute before it expires.</summary>
    [ValidateObjectMembers]
    public PasswordGrantOptions? Credentials { get; set; }

    /// <summary>First delay between status polls; doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between status polls.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gzip create-batch and add-jobs bodies, as pasqal-cloud 0.22+ does.</summary>
    public bool GzipRequests { get; set; }

    /// <summary>Page size of listings (the service allows 1..100).</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>HTTP resilience settings (used when the client builds its own HttpClient).</summary>
    [ValidateObjectMembers]
    public QuantumResilienceOptions Resilience { get; set; } = new();
}
