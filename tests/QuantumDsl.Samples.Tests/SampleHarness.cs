using QuantumDsl.Samples;
using Spectre.Console;

namespace QuantumDsl.Samples.Tests;

/// <summary>A temporary output directory and a captured, non-interactive console for one sample run.</summary>
internal sealed class SampleHarness : IDisposable
{
    private readonly StringWriter _output = new();

    // A guard against a hung run (a stuck job would otherwise hang the test run), not a timing assertion.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(5));

    public SampleHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "quantumdsl-samples-tests-" + Guid.NewGuid().ToString("N"));
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
    }

    public string Directory { get; }

    public IAnsiConsole Console { get; }

    public string Text => _output.ToString();

    public CancellationToken Token => _guard.Token;

    public SampleSettings Settings(bool force = false) => new(OutputDirectory: Directory, Force: force);

    /// <summary>Asserts that every file exists, is not empty, and that PNGs are PNGs.</summary>
    public void AssertFiles(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(Directory, name);
            Assert.True(File.Exists(path), $"{name} was not written; console said:\n{Text}");
            var bytes = File.ReadAllBytes(path);
            Assert.NotEmpty(bytes);
            if (name.EndsWith(".png", StringComparison.Ordinal))
            {
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            }
        }
    }

    public void Dispose()
    {
        _output.Dispose();
        _guard.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
