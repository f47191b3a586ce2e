using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Ingest;
using OpportunityMap.Ingest.Extra;
using OpportunityMap.Testing;

namespace OpportunityMap.Benchmarks;

/// <summary>
/// The data the benchmarks run on: the real reference data (../shared/geodata, as the tests find it) and, when
/// present, the peer harness's 50,000 synthetic points ($BENCH_DIR/data/resources.geojson, default /tmp/bench).
/// </summary>
internal static class BenchData
{
    public static readonly string HarnessResources = Path.Combine(
        Environment.GetEnvironmentVariable("BENCH_DIR") is { Length: > 0 } dir ? dir : "/tmp/bench", "data", "resources.geojson");

    public static IReadOnlyList<LayerData> RealLayers() =>
        new GeodataImporter(Projections.NorthCarolinaFeet) { IncludeNational = false }
            .ImportAsync(TestPaths.Geodata, Path.Combine(TestPaths.ProjectGeodata, "manifest.json"), CancellationToken.None)
            .GetAwaiter().GetResult().Layers;

    /// <summary>The harness's points as a layer, or null when the harness has not generated them.</summary>
    public static LayerData? HarnessPoints() => File.Exists(HarnessResources)
        ? ExtraLayerImporter.ImportAsync(
                new ExtraCollection("resources-harness", HarnessResources, "Harness points", "", "fid", ["category"],
                    new LayerSource("harness", "", "", "", "", "")),
                CancellationToken.None)
            .GetAwaiter().GetResult().Layers[0]
        : null;

    public static LayerData Layer(this IReadOnlyList<LayerData> layers, string id) => layers.Single(l => l.Metadata.Id == id);
}
