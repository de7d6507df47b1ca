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
}
