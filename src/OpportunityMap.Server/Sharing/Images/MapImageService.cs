namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// Draws map images, at most one per core at a time, so a burst of new views queues instead of starving the API of
/// CPU. A drawn image is kept by the output cache with the rest of its generation's responses.
/// </summary>
internal sealed class MapImageService(MapRenderer renderer) : IDisposable
{
    private readonly SemaphoreSlim _drawing = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<byte[]> GetAsync(DataGeneration generation, MapImageRequest image, CancellationToken cancellationToken)
    {
        await _drawing.WaitAsync(cancellationToken);
        try
        {
            return (await renderer.RenderAsync(generation, image, cancellationToken)).Png;
        }
        finally
        {
            _drawing.Release();
        }
    }

    public void Dispose() => _drawing.Dispose();
}
