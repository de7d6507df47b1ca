using System.CommandLine;
using QuantumDsl.Cli.Config;

namespace QuantumDsl.Cli.Hosting;

/// <summary>The service a command talks to: backend, base URL and token, resolved from options, environment and the config file.</summary>
/// <param name="Backend">emulator, oqtant or pasqal.</param>
/// <param name="BaseUrl">The base URL (the emulator's root, or the service's API base).</param>
/// <param name="Token">The bearer token.</param>
internal sealed record ServiceTarget(string Backend, Uri BaseUrl, string Token)
{
    /// <summary>The Oqtant API base: the emulator serves it under <c>oqtant/api</c>.</summary>
    public Uri OqtantEndpoint => Backend == Backends.Emulator ? new Uri(Root(BaseUrl), "oqtant/api") : BaseUrl;

    /// <summary>The Pasqal core base: the emulator serves it under <c>pasqal/core-fast</c>.</summary>
    public Uri PasqalEndpoint => Backend == Backends.Emulator ? new Uri(Root(BaseUrl), "pasqal/core-fast") : BaseUrl;

    /// <summary>Resolves the target of a command of <paramref name="service"/> (oqtant or pasqal).</summary>
    public static async Task<ServiceTarget> ResolveAsync(ParseResult parse, CommonOptions options, CliEnvironment environment, string service,
        CancellationToken cancellationToken)
    {
        var config = await CliConfigStore.ReadAsync(environment.ConfigPath, cancellationToken).ConfigureAwait(false);
        var backend = parse.GetValue(options.Backend) ?? config.DefaultBackend ?? service;
        if (backend == Backends.Oqtant && service == Backends.Pasqal || backend == Backends.Pasqal && service == Backends.Oqtant)
        {
            backend = parse.GetValue(options.Backend) is null ? service
                : throw new CliException($"--backend {backend} does not serve {service} commands; use --backend {service} or emulator");
        }

        config.Logins.TryGetValue(backend, out var saved);
        var url = parse.GetValue(options.Url) ?? (saved is null ? null : new Uri(saved.Url)) ?? Backends.DefaultUrl(backend);
        var token = parse.GetValue(options.Token)
            ?? (Environment.GetEnvironmentVariable("QDSL_TOKEN") is { Length: > 0 } fromEnvironment ? fromEnvironment : null)
            ?? saved?.Token
            ?? throw new CliException($"no token for backend '{backend}': run 'qdsl login --backend {backend}' or pass --token");
        return new ServiceTarget(backend, url, token);
    }

    /// <summary>The URL with a trailing slash, so relative paths append.</summary>
    public static Uri Root(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
