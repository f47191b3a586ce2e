using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Ingest;

/// <summary>Builds the published layers from the reference data in a source directory.</summary>
public sealed class GeodataImporter(IProjection projection)
{
    /// <summary>
    /// Reads <paramref name="sourceDirectory"/> as the manifest at <paramref name="manifestPath"/> describes it.
    /// Throws <see cref="ImportException"/> naming the file and the problem when the data is not as described.
    /// </summary>
    public Task<ImportResult> ImportAsync(string sourceDirectory, string manifestPath, CancellationToken cancellationToken)
    {
        _ = projection;
        throw new NotImplementedException("placeholder until the importer lands");
    }
}
