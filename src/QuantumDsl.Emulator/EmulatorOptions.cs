namespace QuantumDsl.Emulator;

/// <summary>Settings of an emulator server (embedded or standalone). Every member has a default suited to tests.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The default account, created when <see cref="Accounts"/> is empty (user <c>dev</c>, password <c>dev</c>).</summary>
    public static readonly EmulatorAccount DefaultAccount = new("dev", "dev");

    /// <summary>Kestrel URLs; loopback only. Default <c>http://127.0.0.1:0</c> (a free port).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:0"];

    /// <summary>SQLite database file (created if missing). Null: a new file in the temp directory.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Accounts that may log in. Empty: only <see cref="DefaultAccount"/>.</summary>
    public IReadOnlyList<EmulatorAccount> Accounts { get; init; } = [];

    /// <summary>
    /// The account the <c>/authorize</c> endpoint approves without asking (PKCE browser login), or null (the default)
    /// to require <c>username</c> and <c>password</c> query parameters. Turn it on explicitly, for a local browser login.
    /// </summary>
    public string? AutoApproveUser { get; init; }

    /// <summary>
    /// The server's public root for the links it hands out (pre-signed result links), e.g. <c>http://127.0.0.1:5080/</c>.
    /// Null (the default): the address the server listens on. Links never come from the request's <c>Host</c> header.
    /// </summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>Simulated hardware time added to every job (Pasqal) or input (Oqtant) run. Default 20 ms.</summary>
    public TimeSpan SimulatedLatency { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>An open Pasqal batch that holds the device with no unfinished job for this long becomes TIMED_OUT.</summary>
    public TimeSpan OpenBatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Jobs each account may submit per UTC day on each surface (Pasqal jobs, Oqtant jobs).</summary>
    public int DailyJobLimit { get; init; } = 1000;

    /// <summary>Lifetime of issued access tokens. Default 2 hours (as Auth0 gives Oqtant users).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Largest accepted request body, after gzip decompression. Default 16 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How often the scheduler looks for work when nothing wakes it. Default 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The most real-time GPE steps (5 µs each) one Oqtant run may take, or null for no limit (the default). A run that
    /// needs more ends failed with the reason in its <c>errors</c> (docs/emulator.md); it bounds the CPU one run uses.
    /// </summary>
    public int? MatterMaxEvolutionSteps { get; init; }

    /// <summary>Every problem with these settings (empty when they are usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }

        Check(Urls.Count > 0, "Urls: at least one URL is required");
        Check(SimulatedLatency >= TimeSpan.Zero && SimulatedLatency <= TimeSpan.FromHours(1), $"SimulatedLatency: {SimulatedLatency} is outside 0..1 h");
        Check(OpenBatchTimeout > TimeSpan.Zero, $"OpenBatchTimeout: {OpenBatchTimeout} must be positive");
        Check(DailyJobLimit >= 0, $"DailyJobLimit: {DailyJobLimit} must be at least 0");
        Check(TokenLifetime > TimeSpan.Zero, $"TokenLifetime: {TokenLifetime} must be positive");
        Check(MaxRequestBodyBytes > 0, $"MaxRequestBodyBytes: {MaxRequestBodyBytes} must be positive");
        Check(MatterMaxEvolutionSteps is null or > 0, $"MatterMaxEvolutionSteps: {MatterMaxEvolutionSteps} must be positive");
        Check(PollInterval > TimeSpan.Zero && PollInterval <= TimeSpan.FromMinutes(1), $"PollInterval: {PollInterval} is outside (0, 1 min]");
        Check(EffectiveAccounts.Select(a => a.Username).Distinct(StringComparer.Ordinal).Count() == EffectiveAccounts.Count, "Accounts: usernames must be unique");
        Check(AutoApproveUser is null || EffectiveAccounts.Any(a => a.Username == AutoApproveUser),
            $"AutoApproveUser: '{AutoApproveUser}' is not one of the accounts");
        Check(PublicBaseUrl is null || (PublicBaseUrl.IsAbsoluteUri && PublicBaseUrl.Scheme is "http" or "https" && PublicBaseUrl.Query.Length == 0 && PublicBaseUrl.Fragment.Length == 0),
            $"PublicBaseUrl: '{PublicBaseUrl}' must be an absolute http(s) URL without query or fragment");
        return problems;
    }

    internal IReadOnlyList<EmulatorAccount> EffectiveAccounts => Accounts.Count == 0 ? [DefaultAccount] : Accounts;
}
