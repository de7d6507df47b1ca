using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using QuantumDsl.Emulator.Auth;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Pre-signed result download links (HMAC of the kind and id), usable without a bearer token as S3 links are: job
/// results under <see cref="Path"/>, workload results under <see cref="WorkloadPath"/>. A signature for one kind is
/// not valid for the other.
/// </summary>
internal sealed class ResultLinks(TokenIssuer issuer)
{
    public const string Path = "/results/{jobId}";
    public const string WorkloadPath = "/workload-results/{workloadId}";

    private const string JobSegment = "results";
    private const string WorkloadSegment = "workload-results";

    public bool Verify(string jobId, string? signature) => Verify(JobSegment, jobId, signature);

    public string Link(HttpRequest request, string coreBase, string jobId) => Link(request, coreBase, JobSegment, jobId);

    public bool VerifyWorkload(string workloadId, string? signature) => Verify(WorkloadSegment, workloadId, signature);

    public string WorkloadLink(HttpRequest request, string coreBase, string workloadId) => Link(request, coreBase, WorkloadSegment, workloadId);

    private string Sign(string segment, string id) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(issuer.SigningKey.Key, Encoding.UTF8.GetBytes(segment + ":" + id)));

    private bool Verify(string segment, string id, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(segment, id)), Encoding.ASCII.GetBytes(signature));

    private string Link(HttpRequest request, string coreBase, string segment, string id) =>
        $"{request.Scheme}://{request.Host}{coreBase}/{segment}/{id}?signature={Sign(segment, id)}";
}
