using System.Diagnostics;

namespace QuantumDsl.Client.Tests.Export;

/// <summary>
/// A fact that runs when a Python with pandas is installed — <c>python3</c> on the PATH, else Debian's
/// <c>/usr/bin/python3</c> (<c>apt-get install -y python3-pandas</c>) — and is reported as skipped otherwise.
/// </summary>
public sealed class PandasFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Interpreter = new(() => new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(HasPandas));

    public PandasFactAttribute()
    {
        if (Interpreter.Value is null)
        {
            Skip = "no python3 with pandas is installed (Debian: apt-get install -y python3-pandas)";
        }
    }

    /// <summary>The Python that has pandas (only called from tests that were not skipped).</summary>
    public static string Python => Interpreter.Value ?? throw new InvalidOperationException("no python3 with pandas");

    private static bool HasPandas(string python)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import pandas"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
