using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace QuantumDsl.Emulator.Http;

/// <summary>
/// A connection's output as Kestrel writes it, passed straight through, except for the answer to a request Kestrel
/// rejected before the app (see <see cref="RejectedRequests"/>): once the connection's slot is armed, the bytes
/// written until the next flush are held, and if they are a bare error head (status 4xx/5xx, <c>Content-Length: 0</c>,
/// no <c>Content-Type</c>) they are sent with a JSON body instead. Anything else is sent unchanged.
/// </summary>
internal sealed class RejectionBodyWriter(PipeWriter inner, RejectedRequests.Slot slot, Func<RejectedRequests.Rejection, Task<byte[]>> render)
    : PipeWriter
{
    private ArrayBufferWriter<byte>? _held;
    private bool _toHeld;

    /// <summary>Whether writes go to the held buffer: the slot is armed, or bytes are already held.</summary>
    private bool Holding => _held is { WrittenCount: > 0 } || slot.Pending is not null;

    private ArrayBufferWriter<byte> Held => _held ??= new ArrayBufferWriter<byte>(1024);

    public override Memory<byte> GetMemory(int sizeHint = 0) =>
        (_toHeld = Holding) ? Held.GetMemory(Math.Max(sizeHint, 256)) : inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) =>
        (_toHeld = Holding) ? Held.GetSpan(Math.Max(sizeHint, 256)) : inner.GetSpan(sizeHint);

    public override void Advance(int bytes)
    {
        if (_toHeld)
        {
            Held.Advance(bytes);
        }
        else
        {
            inner.Advance(bytes);
        }
    }

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_held is { WrittenCount: > 0 } held)
        {
            var rejection = slot.Take();
            var bytes = held.WrittenSpan.ToArray();
            held.Clear();
            if (rejection is not null && BareErrorHead(bytes))
            {
                var body = await render(rejection).ConfigureAwait(false);
                bytes = WithBody(bytes, body);
            }

            inner.Write(bytes);
        }

        return await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        ReleaseHeld();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        ReleaseHeld();
        await inner.CompleteAsync(exception).ConfigureAwait(false);
    }

    /// <summary>Sends held bytes unchanged (a completion without a flush: nothing to wait for a body).</summary>
    private void ReleaseHeld()
    {
        if (_held is { WrittenCount: > 0 } held)
        {
            inner.Write(held.WrittenSpan);
            held.Clear();
        }
    }

    /// <summary>A whole HTTP/1.x head with an error status, <c>Content-Length: 0</c> and no content type, and nothing after it.</summary>
    internal static bool BareErrorHead(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 16 || !bytes.EndsWith("\r\n\r\n"u8) || !(bytes.StartsWith("HTTP/1.1 "u8) || bytes.StartsWith("HTTP/1.0 "u8))
            || bytes[9] is not ((byte)'4' or (byte)'5') || bytes.IndexOf("\r\n\r\n"u8) != bytes.Length - 4)
        {
            return false;
        }

        var head = Encoding.ASCII.GetString(bytes);
        var lines = head.Split("\r\n");
        return lines.Any(l => l.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase))
            && !lines.Any(l => l.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The head with <c>Content-Type</c> and the body's length, then the body.</summary>
    internal static byte[] WithBody(ReadOnlySpan<byte> head, byte[] body)
    {
        var lines = Encoding.ASCII.GetString(head).Split("\r\n").Where(l => l.Length > 0 && !l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var text = string.Join("\r\n", lines) + string.Create(CultureInfo.InvariantCulture,
            $"\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(text), .. body];
    }
}
