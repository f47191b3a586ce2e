using System.Collections.Concurrent;

namespace OpportunityMap.Server.Generations;

/// <summary>
/// One data version and everything derived from it: the store pinned to that version, its layers, and the artefacts
/// features build from it (indexes, geometry projected to EPSG:2264, simplified layers, downloads, ...), built once
/// and shared, and dropped together with the generation. A request takes one generation for its whole life (the
/// first time it binds a <see cref="DataGeneration"/> parameter or a filter asks, see <see cref="ForRequestAsync"/>);
/// a reload or a new PostGIS load makes a new generation and retires this one (<see cref="Retired"/>), whose cache
/// entries then go. Thread-safe.
/// </summary>
internal sealed class DataGeneration
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _artefacts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _retired = new();
    private readonly TaskCompletionSource _warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _stopping;

    public DataGeneration(IFeatureStore store, string version, IReadOnlyList<LayerMetadata> layers, CancellationToken stopping)
    {
        Store = store;
        Version = version;
        Layers = layers;
        _stopping = stopping;
    }

    /// <summary>The store, pinned to <see cref="Version"/>: every read gives this generation's data.</summary>
    public IFeatureStore Store { get; }

    /// <summary>The data version (an import's id): part of every ETag and cache key.</summary>
    public string Version { get; }

    /// <summary>The published layers, in catalogue order.</summary>
    public IReadOnlyList<LayerMetadata> Layers { get; }

    /// <summary>Cancelled when a newer generation replaces this one; cache entries of this generation expire with it.</summary>
    public CancellationToken Retired => _retired.Token;

    /// <summary>
    /// Whether the background warm-up has built this generation's artefacts (it never runs when warming is off):
    /// until then <c>/ready</c> says not ready, as a request could wait seconds for a cold artefact.
    /// </summary>
    public bool IsWarm => _warmed.Task.IsCompleted;

    /// <summary>The projection areas and distances are computed in (NC State Plane, US feet).</summary>
    public static IProjection Projection => Projections.NorthCarolinaFeet;

    /// <summary>The layer with this id, or null (an id longer than any layer's is never looked up).</summary>
    public LayerMetadata? FindLayer(string id) =>
        id.Length > LayerIds.MaxLength ? null : Layers.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    /// <summary>The generation of the current request: resolved once, on first use, then the same for the whole request.</summary>
    public static ValueTask<DataGeneration> ForRequestAsync(HttpContext context) =>
        context.Features.Get<DataGeneration>() is { } generation
            ? ValueTask.FromResult(generation)
            : ResolveAsync(context);

    /// <summary>Minimal APIs bind a <see cref="DataGeneration"/> handler parameter through this.</summary>
    public static async ValueTask<DataGeneration?> BindAsync(HttpContext context) => await ForRequestAsync(context);

    /// <summary>
    /// The artefact <paramref name="key"/> of this generation: built once by <paramref name="build"/> on the
    /// generation's own token (never one caller's, so a caller giving up does not fail the others), then shared. A
    /// failed or cancelled build is forgotten, so the next caller tries again.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<DataGeneration, CancellationToken, Task<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        var lazy = _artefacts.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await build(this, _stopping)));
        try
        {
            return (T)await lazy.Value.WaitAsync(cancellationToken);
        }
        catch when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            _artefacts.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }
    }

    /// <summary>Every feature of a layer, read once.</summary>
    public Task<LayerData> LayerAsync(string layerId, CancellationToken cancellationToken) =>
        GetAsync($"layer:{layerId}", async (generation, token) =>
        {
            var metadata = generation.FindLayer(layerId) ?? throw new KeyNotFoundException($"No layer {layerId}.");
            var page = await generation.Store.QueryAsync(layerId, FeatureQuery.All(), token);
            return new LayerData(metadata, page.Features);
        }, cancellationToken);

    /// <summary>Every feature of a layer with its geometry projected to <see cref="Projection"/>, projected once.</summary>
    public Task<ProjectedLayer> ProjectedAsync(string layerId, CancellationToken cancellationToken) =>
        GetAsync($"projected:{layerId}", async (generation, token) =>
        {
            var layer = await generation.LayerAsync(layerId, token);
            // CPU-bound (thousands of polygons for some layers): off the caller's thread.
            return await Task.Run(() => ProjectedLayer.Project(layer, Projection), token);
        }, cancellationToken);

    /// <summary>The artefacts built (or being built) so far, for diagnostics and tests.</summary>
    internal IReadOnlyCollection<string> ArtefactKeys => [.. _artefacts.Keys];

    internal void MarkWarm() => _warmed.TrySetResult();

    /// <summary>Ends this generation: its cache entries expire; requests still holding it finish on it.</summary>
    internal void Retire() => _retired.Cancel();

    private static async ValueTask<DataGeneration> ResolveAsync(HttpContext context)
    {
        var generation = await context.RequestServices.GetRequiredService<GenerationSource>().CurrentAsync(context.RequestAborted);
        context.Features.Set(generation);
        return generation;
    }
}
