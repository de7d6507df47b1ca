using System.Security.Cryptography;
using System.Text;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Each account's default project: a stable UUID derived from the username.</summary>
internal static class ProjectIds
{
    public static string Default(string owner)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("quantumdsl-emulator-project:" + owner)).AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
