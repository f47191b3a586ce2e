using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OpportunityMap.Server.Http;

/// <summary>
/// A response written straight to the body with a <see cref="Utf8JsonWriter"/>, flushed as it grows, so a large
/// collection is streamed rather than built in memory first.
/// </summary>
internal sealed class JsonDocumentResult(string contentType, Func<Utf8JsonWriter, Func<ValueTask>, ValueTask> write) : IResult
{
    private const int FlushThreshold = 32 * 1024;

    public JsonDocumentResult(string contentType, Action<Utf8JsonWriter> write)
        : this(contentType, (writer, _) =>
        {
            write(writer);
            return ValueTask.CompletedTask;
        })
    {
    }

    /// <summary>The content type the document is served as.</summary>
    public string ContentType => contentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        var cancellationToken = httpContext.RequestAborted;

        async ValueTask FlushIfLarge()
        {
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
                await response.BodyWriter.FlushAsync(cancellationToken);
            }
        }

        await write(writer, FlushIfLarge);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the document like <see cref="ExecuteAsync"/> and returns a copy of its bytes when it is at most
    /// <paramref name="maxBytes"/> long (null when it was longer and was streamed instead).
    /// </summary>
    public async Task<byte[]?> ExecuteKeepingAsync(HttpContext httpContext, int maxBytes)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        var cancellationToken = httpContext.RequestAborted;
        var target = new SpillingBufferWriter(response.BodyWriter, maxBytes);
        await using (var writer = new Utf8JsonWriter(target))
        {
            async ValueTask FlushIfLarge()
            {
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                    if (target.SpillIfOver())
                    {
                        await response.BodyWriter.FlushAsync(cancellationToken);
                    }
                }
            }

            await write(writer, FlushIfLarge);
        }

        var kept = target.Kept;
        if (kept is not null)
        {
            response.ContentLength = kept.Length;
            await response.Body.WriteAsync(kept, cancellationToken);
        }
        else
        {
            await response.BodyWriter.FlushAsync(cancellationToken);
        }

        return kept;
    }

    // Keeps what is written in memory up to a limit, then moves it to the response and writes there from then on.
    private sealed class SpillingBufferWriter(PipeWriter pipe, int limit) : IBufferWriter<byte>
    {
        private ArrayBufferWriter<byte>? _memory = new(16 * 1024);

        public byte[]? Kept => _memory?.WrittenSpan.ToArray();

        public void Advance(int count)
        {
            if (_memory is null)
            {
                pipe.Advance(count);
            }
            else
            {
                _memory.Advance(count);
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _memory is null ? pipe.GetMemory(sizeHint) : _memory.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => _memory is null ? pipe.GetSpan(sizeHint) : _memory.GetSpan(sizeHint);

        /// <summary>Once more than the limit is kept, moves it to the pipe; true when writing goes to the pipe.</summary>
        public bool SpillIfOver()
        {
            if (_memory is not null && _memory.WrittenCount > limit)
            {
                pipe.Write(_memory.WrittenSpan);
                _memory = null;
            }

            return _memory is null;
        }
    }
}
