using OpportunityMap.Core.Simplification;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Each layer's features simplified per zoom band (<see cref="ZoomBand"/>), artefacts of the generation: computed
/// from the generation's own features (so the in-memory store and PostGIS give the same geometry) and geometry
/// projected once, in the background when the generation starts (<see cref="Warmup"/>), else on first use.
/// </summary>
internal static class SimplifiedLayers
{
    /// <summary>
    /// The layer with its geometry for <paramref name="zoom"/>: simplified for zooms up to
    /// <see cref="ZoomBand.MaxSimplifiedZoom"/> (polygon layers), as imported otherwise.
    /// </summary>
    public static Task<SimplifiedLayer> ForZoomAsync(DataGeneration generation, LayerMetadata layer, int zoom, CancellationToken cancellationToken) =>
        ForBandAsync(generation, layer, IsPolygonal(layer) ? ZoomBand.ForZoom(zoom) : null, cancellationToken);

    private static bool IsPolygonal(LayerMetadata layer) => layer.GeometryType.Contains("Polygon", StringComparison.Ordinal);

    private static Task<SimplifiedLayer> ForBandAsync(DataGeneration generation, LayerMetadata layer, ZoomBand? band, CancellationToken cancellationToken) =>
        generation.GetAsync($"simplified:{layer.Id}:{band?.Index ?? -1}", async (g, token) =>
        {
            if (band is null)
            {
                var original = await g.LayerAsync(layer.Id, token);
                return new SimplifiedLayer(layer, original.Features, SimplificationMethod.None);
            }

            var projected = await g.ProjectedAsync(layer.Id, token);
            var coverage = await PreparedAsync(g, projected, token);
            // CPU-bound (up to seconds for the largest layer): off the caller's thread.
            var simplified = await Task.Run(() => coverage.Simplify(band.ToleranceMetres), token);
            return new SimplifiedLayer(layer, [.. projected.Layer.Features.Select((f, i) => f with { Geometry = simplified.Geometries[i] })], simplified.Method);
        }, cancellationToken);

    // Whether the layer is a coverage (and its repair) is the same for every band: decided once, not once per band
    // (the municipalities, which are not a coverage, took 4 × 12 s to find out).
    private static Task<PreparedCoverage> PreparedAsync(DataGeneration generation, ProjectedLayer projected, CancellationToken cancellationToken) =>
        generation.GetAsync($"coverage:{projected.Layer.Metadata.Id}", (_, token) => Task.Run(
            () => CoverageSimplification.Prepare([.. projected.Layer.Features.Select(f => f.Geometry)], projected.Geometries, projected.Projection), token),
            cancellationToken);

    /// <summary>Simplifies every polygon layer for every band as soon as a generation is served.</summary>
    internal sealed class Warmup(ILogger<Warmup> logger) : IGenerationWarmup
    {
        public async Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken)
        {
            foreach (var layer in generation.Layers.Where(IsPolygonal))
            {
                foreach (var band in ZoomBand.All)
                {
                    var simplified = await ForBandAsync(generation, layer, band, cancellationToken);
                    logger.LogDebug("Simplified {Layer} for zooms {MinZoom}-{MaxZoom} ({Method})", layer.Id, band.MinZoom, band.MaxZoom, simplified.Method);
                }
            }
        }
    }
}
