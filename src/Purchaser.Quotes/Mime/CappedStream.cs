namespace Purchaser.Quotes.Mime;

/// <summary>A write-only stream that passes on at most a fixed number of bytes, then stops the writer.</summary>
internal sealed class CappedStream(Stream inner, long limit) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Min(buffer.Length, limit - _written);
        inner.Write(buffer[..room]);
        _written += room;
        if (room < buffer.Length)
        {
            throw new LimitReachedException();
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Thrown to the writer when the limit is reached; the bytes up to the limit were passed on.</summary>
    public sealed class LimitReachedException : Exception
    {
    }
}
