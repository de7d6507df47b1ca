using System.Text.Json;

using QuantumDsl.Cli.Hosting;

namespace QuantumDsl.Cli.Config;

/// <summary>Reads and writes the config file; on Unix the file is created with mode 0600 (owner read/write only).</summary>
internal static class CliConfigStore
{
    public static async Task<CliConfig> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new CliConfig();
        }

        await using var stream = File.OpenRead(path);
        try
        {
            var config = await JsonSerializer.DeserializeAsync(stream, CliConfigJsonContext.Default.CliConfig, cancellationToken).ConfigureAwait(false)
                ?? new CliConfig();

            // A hand-written file may hold only some keys (e.g. just "oqtant_client_id"): no logins is an empty map.
            return config.Logins is null ? config with { Logins = new Dictionary<string, SavedLogin>(StringComparer.Ordinal) } : config;
        }
        catch (JsonException e)
        {
            throw new CliException($"config file {path} is not valid JSON at {e.Path ?? "$"}: {e.Message}");
        }
    }

    public static async Task WriteAsync(string path, CliConfig config, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await JsonSerializer.SerializeAsync(stream, config, CliConfigJsonContext.Default.CliConfig, cancellationToken).ConfigureAwait(false);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
