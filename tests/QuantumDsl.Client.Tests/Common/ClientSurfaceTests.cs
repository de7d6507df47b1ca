using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Common;

/// <summary>Small consistencies of the client surface: no caller state changed, clear protocol errors.</summary>
public sealed class ClientSurfaceTests
{
    [Fact]
    public void OqtantClient_Create_keeps_the_callers_options_unchanged_and_the_client_copies_every_other_setting()
    {
        var options = new OqtantClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"),
            UserId = "dev",
            ClientVersion = "9.9.9",
            PollInterval = TimeSpan.FromSeconds(3),
            MaxPollInterval = TimeSpan.FromSeconds(7),
            RunListLimit = 12,
            Resilience = TestResilience.Fast(),
        };

        using var client = OqtantClient.Create("token-1", options);

        Assert.Null(options.Token);
        Assert.NotSame(options, client.Options);
        Assert.Equal("token-1", client.Options.Token);
        foreach (var property in typeof(OqtantClientOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(OqtantClientOptions.Token)))
        {
            Assert.Equal(property.GetValue(options), property.GetValue(client.Options));
        }
    }

    [Theory]
    [InlineData("not json", "the body is unreadable")]
    [InlineData("null", "the body is empty")]
    public async Task An_unusable_success_answer_is_a_protocol_error_not_a_failed_status(string body, string problem)
    {
        var script = new ScriptedHandler((_, _) => ScriptedHandler.Json(body));
        using var client = new PasqalClient(new HttpClient(script),
            new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core-fast"), Token = "t" });

        var e = await Assert.ThrowsAsync<QuantumProtocolException>(() => client.GetJobAsync("j"));

        Assert.IsAssignableFrom<QuantumServiceException>(e);
        Assert.StartsWith("GET /api/v2/jobs/j: the service answered HTTP 200, but " + problem, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("failed with HTTP 200", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsTransient);
        Assert.False(e.IsUnreachable);
        Assert.Equal(body, e.Content);
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task Device_specs_come_back_as_read_only_collections()
    {
        var script = new ScriptedHandler((request, _) => ScriptedHandler.Json(request.RequestUri!.AbsolutePath.EndsWith("/public-specs", StringComparison.Ordinal)
            ? """{"status":"success","data":[]}"""
            : """{"status":"success","data":{"FRESNEL":"{}"}}"""));
        using var client = new PasqalClient(new HttpClient(script),
            new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core-fast"), Token = "t" });

        IReadOnlyDictionary<string, string> specs = await client.GetDeviceSpecsJsonAsync();
        IReadOnlyList<PasqalDeviceSpecs> open = await client.GetPublicDeviceSpecsAsync();

        Assert.Equal("{}", specs["FRESNEL"]);
        Assert.Empty(open);
        Assert.Equal(HttpMethod.Get, script.Requests[0].Method);
    }
}
