using QuantumDsl.Cli.Hosting;
using QuantumDsl.Cli.Tests.Infrastructure;

namespace QuantumDsl.Cli.Tests;

/// <summary><c>qdsl emulator</c>: starts the server in-process, prints its URLs, stops on cancellation.</summary>
public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_prints_its_urls_serves_until_cancelled_and_exits_zero()
    {
        using var qdsl = new Qdsl();
        using var output = new ReadyWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var db = Path.Combine(qdsl.Directory, "emu.db");
        var run = QdslApp.RunAsync(["emulator", "--urls", "http://127.0.0.1:0", "--db", db, "--account", "ada:pw"],
            new CliEnvironment(output, error, qdsl.ConfigPath, _ => Task.CompletedTask), stop.Token);

        await output.Ready.WaitAsync(TimeSpan.FromMinutes(1));
        var text = output.ToString();
        var baseUrl = text.Split('\n')[0].Split(' ')[^1].Trim();
        Assert.Contains("oqtant-base-url: " + baseUrl + "oqtant/api", text, StringComparison.Ordinal);
        Assert.Contains("pasqal-core-url: " + baseUrl + "pasqal/core-fast", text, StringComparison.Ordinal);
        Assert.True(File.Exists(db));

        var login = await qdsl.RunAsync("login", "--backend", "emulator", "--url", baseUrl, "--username", "ada", "--password", "pw");
        Assert.Equal(0, login.ExitCode);

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task A_bad_account_is_one_error_line()
    {
        using var qdsl = new Qdsl();
        var result = await qdsl.RunAsync("emulator", "--urls", "http://127.0.0.1:0", "--account", "nocolon");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("account 'nocolon' must be 'user:password'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_error_line_naming_it()
    {
        using var qdsl = new Qdsl();
        var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            var result = await qdsl.RunAsync("emulator", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(qdsl.Directory, "e.db"));

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"port {port} is already in use", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
            Assert.Equal("", result.Out);
        }
        finally
        {
            taken.Stop();
        }
    }

    /// <summary>A thread-safe writer that completes <see cref="Ready"/> once "ready" has been written.</summary>
    private sealed class ReadyWriter : StringWriter
    {
        private readonly Lock gate = new();
        private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ready => ready.Task;

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                base.Write(value);
                if (base.ToString().Contains("ready", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override string ToString()
        {
            lock (gate)
            {
                return base.ToString();
            }
        }
    }
}
