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
        // Through to the body stream: a middleware that wraps it (the output cache) sees the whole document.
        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
