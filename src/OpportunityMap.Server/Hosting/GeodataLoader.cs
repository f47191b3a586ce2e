using OpportunityMap.Ingest;
using OpportunityMap.Ingest.Extra;
using OpportunityMap.Ingest.Manifest;

namespace OpportunityMap.Server.Hosting;

/// <summary>Imports the manifest's layers and then the configured extra collections, for either store.</summary>
internal static class GeodataLoader
{
    public static async Task<ImportResult> ImportAsync(GeodataOptions geodata, bool includeNational, CancellationToken cancellationToken)
    {
        var result = await new GeodataImporter(Projections.NorthCarolinaFeet) { IncludeNational = includeNational }
            .ImportAsync(Path.GetFullPath(geodata.Source), geodata.ResolveManifest(), cancellationToken);
        if (geodata.Extra.Count == 0)
        {
            return result;
        }

        // Ids are the API: an extra collection may not shadow a published layer (the national one may come later).
        var taken = SourceManifest.Load(geodata.ResolveManifest()).Layers.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var extra in geodata.Extra.Where(e => !taken.Add(e.Id)))
        {
            throw new ImportException("Geodata:Extra", $"the collection id '{extra.Id}' is already taken; give the extra collection another Id");
        }

        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(geodata.ExtraDirectory) ? "." : geodata.ExtraDirectory);
        var extras = await Task.WhenAll(geodata.Extra.Select(extra =>
        {
            if (string.IsNullOrWhiteSpace(extra.Id) || string.IsNullOrWhiteSpace(extra.Path))
            {
                throw new ImportException("Geodata:Extra", "every extra collection needs an Id and a Path");
            }

            // Files are independent: read them side by side.
            return Task.Run(() => ExtraLayerImporter.ImportAsync(extra.ToCollection(directory), cancellationToken), cancellationToken);
        }));
        return new ImportResult(
            [.. result.Layers, .. extras.SelectMany(e => e.Layers)],
            [.. result.Warnings, .. extras.SelectMany(e => e.Warnings)]);
    }
}
