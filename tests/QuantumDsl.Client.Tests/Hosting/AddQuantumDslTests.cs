using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Hosting;

/// <summary><c>AddQuantumDsl</c>: validated options, IHttpClientFactory clients with the resilience handler.</summary>
public sealed class AddQuantumDslTests
{
    [Fact]
    public void Invalid_options_fail_naming_each_field()
    {
        var services = new ServiceCollection().AddQuantumDsl(o =>
        {
            o.Pasqal = new PasqalClientOptions { PageSize = 500 };
            o.Pasqal.Resilience.Retry!.MaxRetryAttempts = 0;
            o.Pasqal.Resilience.CircuitBreaker!.FailureRatio = 1.5;
            o.Pasqal.Resilience.AttemptTimeout!.Timeout = TimeSpan.FromMilliseconds(1);
            o.Run = new SweepRunOptions { MaxInputsPerJob = 31 };
        });
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuantumClientOptions>>().Value);
        var text = string.Join("\n", e.Failures);
        Assert.Contains("Endpoint", text, StringComparison.Ordinal);
        Assert.Contains("PageSize", text, StringComparison.Ordinal);
        // Polly's own ranges, read from its option types' data annotations.
        Assert.Contains("MaxRetryAttempts must be between 1 and", text, StringComparison.Ordinal);
        Assert.Contains("FailureRatio must be between 0 and 1", text, StringComparison.Ordinal);
        Assert.Contains("Timeout must be between 00:00:00.0100000 and 1.00:00:00", text, StringComparison.Ordinal);
        Assert.Contains("MaxInputsPerJob", text, StringComparison.Ordinal);
        Assert.Contains("Pasqal.Token or Pasqal.Credentials", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_request_timeout_not_longer_than_one_attempt_is_refused_naming_both()
    {
        var services = new ServiceCollection().AddQuantumDsl(o =>
        {
            o.Oqtant = new OqtantClientOptions { Token = "t", UserId = "dev" };
            o.Oqtant.Resilience.TotalRequestTimeout!.Timeout = TimeSpan.FromSeconds(20);
        });
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuantumClientOptions>>().Value);
        Assert.Contains("Oqtant.Resilience.TotalRequestTimeout.Timeout", e.Message, StringComparison.Ordinal);
        Assert.Contains("is 20 s; it must be longer than Oqtant.Resilience.AttemptTimeout.Timeout (30 s)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_intervals_must_be_positive_and_in_order_naming_the_field_and_value()
    {
        var services = new ServiceCollection().AddQuantumDsl(o =>
        {
            o.Oqtant = new OqtantClientOptions { Token = "t", UserId = "dev", PollInterval = TimeSpan.Zero };
            o.Pasqal = new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core"), Token = "t", MaxPollInterval = TimeSpan.FromSeconds(1) };
        });
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuantumClientOptions>>().Value);
        var text = string.Join("\n", e.Failures);
        Assert.Contains("Oqtant.PollInterval", text, StringComparison.Ordinal);
        Assert.Contains("is 0 s; it must be positive", text, StringComparison.Ordinal);
        Assert.Contains("Pasqal.MaxPollInterval", text, StringComparison.Ordinal);
        Assert.Contains("is 1 s; it must be at least Pasqal.PollInterval (2 s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_service_configured_is_an_error()
    {
        using var provider = new ServiceCollection().AddQuantumDsl(_ => { }).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuantumClientOptions>>().Value);
        Assert.Contains("at least one service", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registered_client_goes_through_the_factory_and_retries_transient_failures_logging_each_retry()
    {
        using var logs = new LogCollector();
        var calls = 0;
        var script = new ScriptedHandler((_, _) => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : ScriptedHandler.Json(Fixtures.Pasqal(HttpMethod.Get, "/api/v2/jobs/00000000-0000-0000-0000-000000022010")!));
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddQuantumDsl(o =>
        {
            o.Pasqal = new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core-fast"), Token = "t" };
            o.Pasqal.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
        });
        services.AddHttpClient(QuantumDslServiceCollectionExtensions.PasqalHttpClientName).ConfigurePrimaryHttpMessageHandler(() => script);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<QuantumClient>();
        var job = await client.Pasqal.GetJobAsync("00000000-0000-0000-0000-000000022010");

        Assert.Equal(PasqalJobStatus.Done, job.Status);
        Assert.Equal(2, script.Requests.Count);
        Assert.Throws<InvalidOperationException>(() => client.Oqtant);
        // The factory's HttpClient carries the pipeline; the client still logs its own call's retry.
        var retry = Assert.Single(logs.Named("RequestRetried"));
        Assert.Equal("QuantumDsl.Client.Pasqal.PasqalClient", retry.Category);
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.StartsWith("GET /api/v2/jobs/00000000-0000-0000-0000-000000022010 (", retry.Message, StringComparison.Ordinal);
        Assert.Contains("/api/v2/jobs/00000000-0000-0000-0000-000000022010) failed with HTTP 503; retry 1 in ", retry.Message, StringComparison.Ordinal);
    }
}
