using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using QuantumDsl.Emulator.Auth;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Pre-signed result download links (HMAC of the job id), usable without a bearer token as S3 links are.</summary>
internal sealed class ResultLinks(TokenIssuer issuer)
{
    public const string Path = "/results/{jobId}";

    public string Sign(string jobId) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(issuer.SigningKey.Key, Encoding.UTF8.GetBytes("results:" + jobId)));

    public bool Verify(string jobId, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(jobId)), Encoding.ASCII.GetBytes(signature));

    public string Link(HttpRequest request, string coreBase, string jobId) =>
        $"{request.Scheme}://{request.Host}{coreBase}/results/{jobId}?signature={Sign(jobId)}";
}
