using OpportunityMap.Ingest;
using OpportunityMap.Stores.PostGis;

namespace OpportunityMap.Server.Tests;

/// <summary>The real reference data imported into a PostGIS database, as the <c>import</c> command does it.</summary>
internal static class RealDataImport
{
    public static async Task IntoPostGisAsync(string ownerConnectionString, CancellationToken cancellationToken)
    {
        var layers = await LayersAsync(cancellationToken);
        await new PostGisImporter(new PostGisOptions { ConnectionString = ownerConnectionString, ReaderRole = "om_reader" })
            .ImportAsync(layers, DataVersion.Compute(layers), cancellationToken);
    }

    /// <summary>Every layer of the real data, as the importer builds them.</summary>
    public static async Task<IReadOnlyList<LayerData>> LayersAsync(CancellationToken cancellationToken) =>
        (await new GeodataImporter(Projections.NorthCarolinaFeet)
            .ImportAsync(TestPaths.Geodata, Path.Combine(TestPaths.ProjectGeodata, "manifest.json"), cancellationToken)).Layers;
}
