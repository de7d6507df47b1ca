using System.CommandLine;
using System.Globalization;

namespace QuantumDsl.Emulator;

/// <summary>
/// The standalone emulator's command-line options and start-up banner, shared by
/// <c>dotnet run --project src/QuantumDsl.Emulator</c> and <c>qdsl emulator</c> so both accept the same flags.
/// </summary>
public sealed class EmulatorCommandLine
{
    private readonly Option<string> urls = new("--urls")
    {
        Description = "Loopback URL(s) to listen on, separated by ';' (port 0: a free port).",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    private readonly Option<string> db = new("--db")
    {
        Description = "SQLite database file; created if missing, resumed if present.",
        DefaultValueFactory = _ => "quantumdsl-emulator.db",
    };

    private readonly Option<string[]> accounts = new("--account")
    {
        Description = "An account as user:password (repeatable). Default: dev:dev.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> autoApprove = new("--auto-approve")
    {
        Description = "Account that GET /authorize approves without asking (PKCE browser login). Default: none (username/password query parameters are required).",
    };

    private readonly Option<string?> publicUrl = new("--public-url")
    {
        Description = "Public root URL for the links the server hands out (result links). Default: the listening address.",
    };

    private readonly Option<double> latency = new("--latency-ms")
    {
        Description = "Simulated hardware time per Pasqal job or Oqtant input, in ms.",
        DefaultValueFactory = _ => 20,
    };

    private readonly Option<double> openTimeout = new("--open-batch-timeout-s")
    {
        Description = "Seconds an open Pasqal batch may hold the device idle before it becomes TIMED_OUT.",
        DefaultValueFactory = _ => 600,
    };

    private readonly Option<int> dailyLimit = new("--daily-limit")
    {
        Description = "Jobs per account per UTC day on each surface.",
        DefaultValueFactory = _ => 1000,
    };

    private readonly Option<int?> matterMaxSteps = new("--matter-max-steps")
    {
        Description = "Most real-time GPE steps (5 µs each) one Oqtant run may take; a run that needs more ends failed, saying why. Default: no limit.",
    };

    /// <summary>Adds the range checks, so a value out of range is a usage error naming the option (exit 2), not a start-up failure.</summary>
    public EmulatorCommandLine()
    {
        urls.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !(uri.IsLoopback || uri.Host == "localhost"))
                {
                    result.AddError($"--urls '{url}' is not a loopback http(s) URL: the emulator only listens on 127.0.0.1, [::1] or localhost");
                }
            }
        });
        latency.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value >= 0 && value <= 3_600_000))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--latency-ms {value} is outside 0..3600000 (0 to 1 h)"));
            }
        });
        openTimeout.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= TimeSpan.MaxValue.TotalSeconds / 2))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--open-batch-timeout-s {value} must be positive"));
            }
        });
        dailyLimit.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--daily-limit {value} must be at least 0"));
            }
        });
        matterMaxSteps.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 and var value)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--matter-max-steps {value} must be at least 1 (GPE steps of 5 µs per run)"));
            }
        });
    }

    /// <summary>Every option, to add to a command.</summary>
    public IReadOnlyList<Option> Options => [urls, db, accounts, autoApprove, publicUrl, latency, openTimeout, dailyLimit, matterMaxSteps];

    /// <summary>
    /// The emulator options a parse result asks for. Throws <see cref="FormatException"/> for a malformed
    /// <c>--account</c>; check <see cref="EmulatorOptions.Validate"/> before starting.
    /// </summary>
    public EmulatorOptions Bind(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var auto = parse.GetValue(autoApprove);
        var publicRoot = parse.GetValue(publicUrl);
        if (publicRoot is not null && !Uri.TryCreate(publicRoot, UriKind.Absolute, out _))
        {
            throw new FormatException($"--public-url '{publicRoot}' is not an absolute URL");
        }

        return new EmulatorOptions
        {
            Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            DatabasePath = parse.GetValue(db),
            Accounts = [.. (parse.GetValue(accounts) ?? []).Select(EmulatorAccount.Parse)],
            AutoApproveUser = auto is null or "none" ? null : auto,
            PublicBaseUrl = publicRoot is null ? null : new Uri(publicRoot.EndsWith('/') ? publicRoot : publicRoot + "/"),
            SimulatedLatency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
            OpenBatchTimeout = TimeSpan.FromSeconds(parse.GetValue(openTimeout)),
            DailyJobLimit = parse.GetValue(dailyLimit),
            MatterMaxEvolutionSteps = parse.GetValue(matterMaxSteps),
        };
    }

    /// <summary>The "key: value" lines a started server prints: both base URLs, the auth endpoints, the file and a dev token.</summary>
    public static string Banner(EmulatorServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return string.Create(CultureInfo.InvariantCulture, $"""
            QuantumDsl emulator listening on {server.BaseAddress}
              oqtant-base-url: {server.OqtantBaseUrl}
              pasqal-core-url: {server.PasqalCoreUrl}
              token-endpoint: {server.TokenEndpoint}
              authorize-endpoint: {server.AuthorizeEndpoint}
              database: {server.DatabasePath}
              dev-token ({server.DevUser}): {server.DevToken}
            """);
    }
}
