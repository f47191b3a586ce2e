using System.Collections.Concurrent;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Simplification;
using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Each layer's features simplified per zoom band (<see cref="ZoomBand"/>), computed on first use from the store's
/// own features and kept for the data version they came from. Working above the store means the in-memory store and
/// PostGIS give the same geometry. Thread-safe: concurrent first requests share one computation.
/// </summary>
internal sealed class SimplifiedLayers(ILogger<SimplifiedLayers> logger)
{
    private const int Original = -1;
    private readonly ConcurrentDictionary<Key, Lazy<Task<SimplifiedLayer>>> _layers = new();
    private readonly Lock _versionsLock = new();
    private string? _latest;
    private string? _previous;

    /// <summary>
    /// The layer with its geometry for <paramref name="zoom"/>: simplified for zooms up to
    /// <see cref="ZoomBand.MaxSimplifiedZoom"/> (polygon layers), as imported otherwise.
    /// </summary>
    public async ValueTask<SimplifiedLayer> GetAsync(IFeatureStore store, LayerMetadata layer, int zoom, CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        KeepOnly(version);
        var band = layer.GeometryType.Contains("Polygon", StringComparison.Ordinal) ? ZoomBand.ForZoom(zoom) : null;
        return await GetAsync(new Key(version, layer.Id, band?.Index ?? Original), store, layer, cancellationToken);
    }

    private async Task<SimplifiedLayer> GetAsync(Key key, IFeatureStore store, LayerMetadata layer, CancellationToken cancellationToken)
    {
        // The shared computation does not take one request's token: a cancelled request must not fail the others
        // waiting on it. A failed computation (the store was down) is dropped, so the next request tries again.
        var lazy = _layers.GetOrAdd(key, k => new Lazy<Task<SimplifiedLayer>>(() => BuildAsync(k, store, layer)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            _layers.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }
    }

    private async Task<SimplifiedLayer> BuildAsync(Key key, IFeatureStore store, LayerMetadata layer)
    {
        if (key.Band == Original)
        {
            var page = await store.QueryAsync(layer.Id, FeatureQuery.All(), CancellationToken.None);
            return new SimplifiedLayer(layer, page.Features, SimplificationMethod.None);
        }

        var original = await GetAsync(key with { Band = Original }, store, layer, CancellationToken.None);
        var band = ZoomBand.All[key.Band];
        // The simplifier is CPU-bound (up to a second for the largest layer): off the request's thread.
        var simplified = await Task.Run(() => CoverageSimplification.Simplify(
            [.. original.Features.Select(f => f.Geometry)], band.ToleranceMetres, Projections.NorthCarolinaFeet));
        var features = original.Features.Select((f, i) => f with { Geometry = simplified.Geometries[i] }).ToList();
        logger.LogInformation(
            "Simplified {Layer} for zooms {MinZoom}-{MaxZoom} ({Method}): {Before} -> {After} vertices",
            layer.Id, band.MinZoom, band.MaxZoom, simplified.Method,
            original.Features.Sum(f => f.Geometry.NumPoints), features.Sum(f => f.Geometry.NumPoints));
        return new SimplifiedLayer(layer, features, simplified.Method);
    }

    // Keeps the current and the previous data version (a reload or import can leave requests on the old one for a
    // moment), and forgets older ones.
    private void KeepOnly(string version)
    {
        lock (_versionsLock)
        {
            if (version == _latest || version == _previous)
            {
                return;
            }

            (_previous, _latest) = (_latest, version);
            foreach (var key in _layers.Keys.Where(k => k.Version != _latest && k.Version != _previous))
            {
                _layers.TryRemove(key, out _);
            }
        }
    }

    private sealed record Key(string Version, string LayerId, int Band);
}
