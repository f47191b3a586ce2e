using OpportunityMap.Core.Analysis;
using OpportunityMap.Ingest.Layers;
using OpportunityMap.Ingest.Manifest;

namespace OpportunityMap.Ingest;

/// <summary>Builds the published layers from the reference data in a source directory.</summary>
public sealed class GeodataImporter(IProjection projection)
{
    /// <summary>
    /// Whether <see cref="ImportAsync"/> builds <c>redlining-national</c> (when the manifest lists it); false leaves it
    /// to <see cref="ImportNationalAsync"/>, e.g. after start-up.
    /// </summary>
    public bool IncludeNational { get; init; } = true;

    /// <summary>
    /// Reads <paramref name="sourceDirectory"/> as the manifest at <paramref name="manifestPath"/> describes it and
    /// builds the layers in catalogue order. Throws <see cref="ImportException"/> naming the file and the problem when
    /// the data is not as described; repairs invalid geometries and reports each repair in the result's warnings.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string sourceDirectory, string manifestPath, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(sourceDirectory))
        {
            throw new ImportException(sourceDirectory, "the source directory does not exist");
        }

        var context = new ImportContext(sourceDirectory, SourceManifest.Load(manifestPath), cancellationToken);
        var redlining = await RedliningLayer.BuildAsync(context);
        var grades = GradeShares.FromRedlining(redlining, projection);
        // Two builders side by side (start-up time): the layers that share the 1935 grade shares and the projection
        // (neither is safe to use from two threads at once) in one, those that need neither in the other. Each has
        // its own warnings, added in catalogue order, so the report reads the same however the two interleave.
        var withGrades = context.Branch();
        var plain = context.Branch();
        var graded = Task.Run(async () =>
        {
            var (tracts, zips) = await MobilityLayers.BuildAsync(withGrades, projection, grades);
            var neighborhoods = await NeighborhoodsLayer.BuildAsync(withGrades, projection, grades);
            // Social capital is optional: a manifest without the layer serves the others.
            var socialCapital = withGrades.Manifest.Layers.ContainsKey(LayerIds.SocialCapital)
                ? await SocialCapitalLayer.BuildAsync(withGrades, projection, grades)
                : null;
            return (tracts, zips, neighborhoods, socialCapital);
        }, cancellationToken);
        var other = Task.Run(async () => (resources: await ResourcesLayer.BuildAsync(plain), municipalities: await MunicipalitiesLayer.BuildAsync(plain)), cancellationToken);
        var (tracts, zips, neighborhoods, socialCapital) = await graded;
        var (resources, municipalities) = await other;
        context.Warnings.AddRange(withGrades.Warnings.Concat(plain.Warnings));
        List<Core.Layers.LayerData> layers = [redlining, zips, tracts, resources, neighborhoods, municipalities];
        if (socialCapital is not null)
        {
            layers.Add(socialCapital);
        }

        // Every HOLC city is optional: a manifest without the layer serves Charlotte alone.
        if (IncludeNational && context.Manifest.Layers.ContainsKey(LayerIds.NationalRedlining))
        {
            layers.Add(await NationalRedliningLayer.BuildAsync(context));
        }

        return new ImportResult(layers, context.Warnings);
    }

    /// <summary>Builds only <c>redlining-national</c>; no layers when the manifest does not list it.</summary>
    public async Task<ImportResult> ImportNationalAsync(string sourceDirectory, string manifestPath, CancellationToken cancellationToken)
    {
        var context = new ImportContext(sourceDirectory, SourceManifest.Load(manifestPath), cancellationToken);
        return context.Manifest.Layers.ContainsKey(LayerIds.NationalRedlining)
            ? new ImportResult([await NationalRedliningLayer.BuildAsync(context)], context.Warnings)
            : new ImportResult([], []);
    }
}
