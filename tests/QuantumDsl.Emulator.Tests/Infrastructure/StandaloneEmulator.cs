using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;

namespace QuantumDsl.Emulator.Tests.Infrastructure;

/// <summary>The standalone emulator run as a child process (<c>dotnet QuantumDsl.Emulator.dll …</c>).</summary>
public sealed class StandaloneEmulator : IDisposable
{
    private readonly Process process;

    private StandaloneEmulator(Process process, IReadOnlyDictionary<string, string> banner)
    {
        this.process = process;
        Banner = banner;
    }

    /// <summary>The "key: value" lines printed at start (oqtant-base-url, pasqal-core-url, token-endpoint, …).</summary>
    public IReadOnlyDictionary<string, string> Banner { get; }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "QuantumDsl.Emulator.dll");

    public static async Task<StandaloneEmulator> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var banner = new Dictionary<string, string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("the emulator exited before it was ready: " + await process.StandardError.ReadToEndAsync());
            if (line == "ready")
            {
                break;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (line.StartsWith("  ", StringComparison.Ordinal) && colon > 0)
            {
                banner[line[..colon].Trim()] = line[(colon + 2)..].Trim();
            }
        }

        _ = process.StandardOutput.ReadToEndAsync(); // keep draining
        _ = process.StandardError.ReadToEndAsync();
        return new StandaloneEmulator(process, banner);
    }

    public HttpClient Client(string token) => new()
    {
        BaseAddress = new Uri(new Uri(Banner["pasqal-core-url"]), "/"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Kills the process at once (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Sends SIGTERM (as a service manager or `kill` does) and returns the exit code, or null if still running after the wait.</summary>
    public async Task<int?> TerminateAsync(TimeSpan wait)
    {
        Assert.Equal(0, Sigterm(process.Id));
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Sigterm(int pid, int signal = 15);
}
