namespace OpportunityMap.Server.Http;

/// <summary>
/// A request body whose read failures are the client's: Kestrel reports most of them (too large, too slow, an early
/// end) as <see cref="BadHttpRequestException"/>, but a chunk size that overflows as a bare <see cref="IOException"/>,
/// which would be a 500. This wrapper makes every failed read a <see cref="BadHttpRequestException"/> (400 unless
/// Kestrel said otherwise), answered by <see cref="ClientErrorHandler"/>. Set by <see cref="RequestLimits"/> on every request that may have a body.
/// </summary>
internal sealed class RequestBodyErrors(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException e) when (e is not BadHttpRequestException)
        {
            throw new BadHttpRequestException(e.Message, StatusCodes.Status400BadRequest, e);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
