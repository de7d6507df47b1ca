using System.Text.RegularExpressions;
using QuantumDsl.Cli.Tests.Infrastructure;

namespace QuantumDsl.Cli.Tests;

/// <summary><c>--help</c> of the root and every subcommand: exit 0 and a usage line naming the command.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("emulator")]
    [InlineData("login")]
    [InlineData("jobs")]
    [InlineData("jobs list")]
    [InlineData("jobs search")]
    [InlineData("jobs show")]
    [InlineData("jobs track")]
    [InlineData("jobs cancel")]
    [InlineData("jobs download")]
    [InlineData("batches")]
    [InlineData("batches list")]
    [InlineData("batches show")]
    [InlineData("batches cancel")]
    [InlineData("batches rebatch")]
    [InlineData("batches download")]
    public async Task Help_prints_usage_and_exits_zero(string command)
    {
        using var qdsl = new Qdsl();
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = await qdsl.RunAsync([.. args, "--help"]);

        Assert.Equal(0, result.ExitCode);
        // The root's name is the executable's (qdsl for the tool, the test host here).
        var usage = Regex.Match(result.Out.Replace("\r\n", "\n", StringComparison.Ordinal), @"Usage:\n  \S+(?<path>( [a-z]+)*)");
        Assert.True(usage.Success, result.Out);
        Assert.Equal(command, usage.Groups["path"].Value.Trim());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task An_unknown_command_is_one_error_line_and_exit_code_2()
    {
        using var qdsl = new Qdsl();
        var result = await qdsl.RunAsync("jobs", "lsit");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'lsit'", line, StringComparison.Ordinal);
    }
}
