namespace QuantumDsl.Samples.Tests;

/// <summary>The shared command line: bad settings give a clear message and exit code 1, never a stack trace.</summary>
public sealed class SampleCommandTests
{
    [Fact]
    public async Task Real_service_without_a_token_names_the_missing_option()
    {
        using var run = new SampleHarness();

        var exit = await QuickStart.QuickStartRun.RunAsync(run.Settings() with { Backend = SampleSettings.Oqtant }, run.Console, run.Token);

        Assert.Equal(1, exit);
        Assert.Contains("--token is required with --backend oqtant", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_backend_lists_the_known_ones()
    {
        using var run = new SampleHarness();

        var exit = await RydbergRabi.RydbergRabiRun.RunAsync(run.Settings() with { Backend = "ibm" }, run.Console, run.Token);

        Assert.Equal(1, exit);
        Assert.Contains("backend 'ibm' is not one of emulator, oqtant, pasqal", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_line_rejects_an_unknown_backend_before_running()
    {
        var exit = await SampleCommand.InvokeAsync(["--backend", "ibm"], "test", "unused", (_, _, _) => Task.FromResult(0));

        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task Command_line_passes_an_endpoint_url_and_rejects_a_bad_one()
    {
        SampleSettings? seen = null;
        Task<int> Capture(SampleSettings s, Spectre.Console.IAnsiConsole _, CancellationToken __)
        {
            seen = s;
            return Task.FromResult(0);
        }

        Assert.Equal(0, await SampleCommand.InvokeAsync(["--backend", "oqtant", "--endpoint", "http://127.0.0.1:5080/oqtant/api", "--token", "t", "--force"], "test", "out", Capture));
        Assert.Equal(new SampleSettings(SampleSettings.Oqtant, "t", new Uri("http://127.0.0.1:5080/oqtant/api"), OutputDirectory: "out", Force: true), seen);

        seen = null;
        Assert.NotEqual(0, await SampleCommand.InvokeAsync(["--endpoint", "not a url"], "test", "out", Capture));
        Assert.Null(seen);
    }

    [Fact]
    public async Task New_run_and_client_id_reach_the_clients_of_the_real_services()
    {
        SampleSettings? seen = null;
        Task<int> Capture(SampleSettings s, Spectre.Console.IAnsiConsole _, CancellationToken __)
        {
            seen = s;
            return Task.FromResult(0);
        }

        Assert.Equal(0, await SampleCommand.InvokeAsync(["--backend", "pasqal", "--username", "u", "--password", "p", "--new-run", "--client-id", "c"], "test", "out", Capture));
        Assert.Equal((true, "c"), (seen!.NewRun, seen.ClientId));

        await using (var pasqal = await SampleBackend.StartAsync(seen, CancellationToken.None))
        {
            Assert.True(pasqal.Client.RunOptions.NewRun);
            Assert.Equal("c", pasqal.Client.Pasqal.Options.Credentials!.ClientId);
        }

        await using (var byDefault = await SampleBackend.StartAsync(seen with { NewRun = false, ClientId = null }, CancellationToken.None))
        {
            Assert.False(byDefault.Client.RunOptions.NewRun);
            Assert.Equal(QuantumDsl.Client.PasswordGrantOptions.PasqalPublicClientId, byDefault.Client.Pasqal.Options.Credentials!.ClientId);
        }

        var jwt = "e30." + Convert.ToBase64String("{\"sub\":\"auth0|u1\"}"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_') + ".sig";
        await using var oqtant = await SampleBackend.StartAsync(new SampleSettings(SampleSettings.Oqtant, jwt, NewRun: true), CancellationToken.None);
        Assert.True(oqtant.Client.RunOptions.NewRun);
    }
}
