using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>
/// Registers <see cref="QuantumClient"/>, <see cref="OqtantClient"/> and <see cref="PasqalClient"/> with
/// IHttpClientFactory, the resilience pipeline, validated options and logging.
/// </summary>
public static class QuantumDslServiceCollectionExtensions
{
    /// <summary>HttpClient name of the Oqtant client.</summary>
    public const string OqtantHttpClientName = "QuantumDsl.Oqtant";

    /// <summary>HttpClient name of the Pasqal client.</summary>
    public const string PasqalHttpClientName = "QuantumDsl.Pasqal";

    /// <summary>Adds the clients; options are validated when the host starts (bad settings fail fast, naming the field).</summary>
    public static IServiceCollection AddQuantumDsl(this IServiceCollection services, Action<QuantumClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<QuantumClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuantumClientOptions>, QuantumClientOptionsValidator>());
        services.AddLogging();

        services.AddHttpClient(OqtantHttpClientName)
            .AddResilienceHandler("quantum", (builder, context) =>
                builder.AddQuantumStrategies(context.ServiceProvider.GetRequiredService<IOptions<QuantumClientOptions>>().Value.Oqtant?.Resilience ?? new()));
        services.AddHttpClient(PasqalHttpClientName)
            .AddResilienceHandler("quantum", (builder, context) =>
                builder.AddQuantumStrategies(context.ServiceProvider.GetRequiredService<IOptions<QuantumClientOptions>>().Value.Pasqal?.Resilience ?? new()));

        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QuantumClientOptions>>().Value.Oqtant
                ?? throw new InvalidOperationException("QuantumClientOptions.Oqtant is not configured.");
            return new OqtantClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(OqtantHttpClientName), options,
                sp.GetService<ITokenProvider>(), sp.GetService<ILogger<OqtantClient>>());
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QuantumClientOptions>>().Value.Pasqal
                ?? throw new InvalidOperationException("QuantumClientOptions.Pasqal is not configured.");
            var tokens = options.Credentials is { } credentials && options.Token is null
                ? new PasswordGrantTokenProvider(sp.GetRequiredService<IHttpClientFactory>().CreateClient(PasqalHttpClientName), credentials)
                : null;
            return new PasqalClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(PasqalHttpClientName), options, tokens,
                sp.GetService<ILogger<PasqalClient>>());
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QuantumClientOptions>>().Value;
            return new QuantumClient(options.Oqtant is null ? null : sp.GetRequiredService<OqtantClient>(),
                options.Pasqal is null ? null : sp.GetRequiredService<PasqalClient>(), options.Run);
        });
        return services;
    }
}
