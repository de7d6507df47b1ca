using System.CommandLine;

namespace QuantumDsl.Cli.Hosting;

/// <summary>The options every service command shares (declared once on the root, recursive): backend, URL, token, JSON output.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Backend { get; } = new("--backend")
    {
        Description = "Service: emulator, oqtant or pasqal (default: the backend of the last login, else the command's own service).",
        Recursive = true,
    };

    public Option<Uri?> Url { get; } = new("--url")
    {
        Description = "Base URL: the emulator's root (e.g. http://127.0.0.1:5080), the Oqtant API base or the Pasqal core URL.",
        Recursive = true,
        CustomParser = UrlParser.Parse,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token (default: $QDSL_TOKEN, else the token saved by 'qdsl login').",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the service's JSON instead of tables.",
        Recursive = true,
    };

    public CommonOptions()
    {
        Backend.AcceptOnlyFromAmong(Backends.All);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Backend);
        command.Options.Add(Url);
        command.Options.Add(Token);
        command.Options.Add(Json);
    }
}

/// <summary>Backend names and their default base URLs.</summary>
internal static class Backends
{
    public const string Emulator = "emulator";
    public const string Oqtant = "oqtant";
    public const string Pasqal = "pasqal";

    public static readonly string[] All = [Emulator, Oqtant, Pasqal];

    public static Uri DefaultUrl(string backend) => backend switch
    {
        Emulator => new Uri("http://127.0.0.1:5080/"),
        Oqtant => new Uri("https://oqtant.infleqtion.com/api"),
        Pasqal => new Uri("https://apis.pasqal.cloud/core-fast"),
        _ => throw new CliException($"--backend '{backend}' is not one of emulator, oqtant, pasqal"),
    };
}
