using System.Text;
using QuantumDsl.Testing;

namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>
/// Whole-file text baselines (System.Text.Json's <c>*.g.cs.txt</c> style): exact comparison, a readable first-difference
/// report, and <see cref="AcceptVariable"/><c>=1</c> to write the actual text instead.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "QDSL_ACCEPT_BASELINES";

    /// <summary>tests/QuantumDsl.Generators.Tests/Baselines in the source tree (written to when accepting).</summary>
    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "QuantumDsl.Generators.Tests", "Baselines");

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void AssertMatches(string path, string actual)
    {
        if (Accepting)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"No baseline {path}: run .ci/update-generator-baselines (or set {AcceptVariable}=1) and review it.");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail(Describe(path, expected, actual));
        }
    }

    /// <summary>The first differing line with three lines of context on each side, and how to accept.</summary>
    internal static string Describe(string path, string expected, string actual)
    {
        var want = expected.Split('\n');
        var have = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < have.Length && want[first] == have[first])
        {
            first++;
        }

        var text = new StringBuilder()
            .Append("Generated code differs from ").Append(Path.GetFileName(path))
            .Append(" at line ").Append(first + 1)
            .Append(" (baseline ").Append(want.Length).Append(" lines, generated ").Append(have.Length).AppendLine(" lines):");
        for (var i = Math.Max(0, first - 3); i < Math.Min(Math.Max(want.Length, have.Length), first + 4); i++)
        {
            var w = i < want.Length ? want[i] : null;
            var h = i < have.Length ? have[i] : null;
            if (w == h)
            {
                text.AppendLine($"   {i + 1,5}  {w}");
                continue;
            }

            if (w is not null)
            {
                text.AppendLine($" - {i + 1,5}  {Visible(w)}");
            }

            if (h is not null)
            {
                text.AppendLine($" + {i + 1,5}  {Visible(h)}");
            }
        }

        return text.Append("If the change is intended, run .ci/update-generator-baselines (or set ").Append(AcceptVariable)
            .Append("=1 and rerun) and review the diff of ").Append(path).Append('.').ToString();
    }

    /// <summary>Shows a stray carriage return, which would otherwise hide the difference.</summary>
    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal);
}
