using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Tokens;
using QuantumDsl.Emulator.Auth;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Pre-signed result download links (HMAC of the kind and id), usable without a bearer token as S3 links are: job
/// results under <see cref="Path"/>, workload results under <see cref="WorkloadPath"/>. A signature for one kind is
/// not valid for the other. Links start with the configured <see cref="EmulatorOptions.PublicBaseUrl"/> (default: the
/// address the server listens on), never with the request's <c>Host</c> header.
/// </summary>
internal sealed class ResultLinks(TokenIssuer issuer, EmulatorOptions options, IServer server)
{
    public const string Path = "/results/{jobId}";
    public const string WorkloadPath = "/workload-results/{workloadId}";

    private const string JobSegment = "results";
    private const string WorkloadSegment = "workload-results";

    public bool Verify(string jobId, string? signature) => Verify(JobSegment, jobId, signature);

    public string Link(string coreBase, string jobId) => Link(coreBase, JobSegment, jobId);

    public bool VerifyWorkload(string workloadId, string? signature) => Verify(WorkloadSegment, workloadId, signature);

    public string WorkloadLink(string coreBase, string workloadId) => Link(coreBase, WorkloadSegment, workloadId);

    private string Sign(string segment, string id) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(issuer.SigningKey.Key, Encoding.UTF8.GetBytes(segment + ":" + id)));

    private bool Verify(string segment, string id, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(segment, id)), Encoding.ASCII.GetBytes(signature));

    private string Link(string coreBase, string segment, string id) =>
        $"{Root().TrimEnd('/')}{coreBase}/{segment}/{Uri.EscapeDataString(id)}?signature={Sign(segment, id)}";

    /// <summary>The configured public root, else the first address the server listens on.</summary>
    private string Root() =>
        options.PublicBaseUrl?.AbsoluteUri
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? throw new InvalidOperationException("the server has no listening address yet");
}
