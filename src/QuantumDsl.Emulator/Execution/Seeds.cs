using System.Security.Cryptography;
using System.Text;

namespace QuantumDsl.Emulator.Execution;

/// <summary>Stable sampling seeds derived from ids, so a job re-run after a crash reproduces its counts.</summary>
internal static class Seeds
{
    public static long For(string id) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0) & long.MaxValue;
}
