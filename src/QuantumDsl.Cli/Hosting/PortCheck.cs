using System.Net;
using System.Net.Sockets;

namespace QuantumDsl.Cli.Hosting;

/// <summary>
/// Refuses emulator URLs whose fixed port is already taken, before the web host starts (which would log a stack trace
/// for this expected error).
/// </summary>
internal static class PortCheck
{
    public static void ThrowIfInUse(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Port == 0)
            {
                continue; // the emulator's own validation names bad URLs; port 0 picks a free one
            }

            var address = uri.Host == "localhost" ? IPAddress.Loopback
                : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (address is null)
            {
                continue;
            }

            var listener = new TcpListener(address, uri.Port);
            try
            {
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new CliException($"--urls {url}: port {uri.Port} is already in use; pick another port (0 = a free one)");
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
