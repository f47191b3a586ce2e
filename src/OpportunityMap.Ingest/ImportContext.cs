using OpportunityMap.Ingest.Manifest;

namespace OpportunityMap.Ingest;

/// <summary>What every layer builder of one import shares: the source directory, the manifest, the warnings.</summary>
internal sealed class ImportContext(string sourceDirectory, SourceManifest manifest, CancellationToken cancellationToken)
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public SourceManifest Manifest => manifest;

    public List<string> Warnings { get; } = [];

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>A context on the same files with its own warnings, for builders that run side by side.</summary>
    public ImportContext Branch() => new(sourceDirectory, manifest, cancellationToken);

    public Task<IReadOnlyList<SourceFeature>> ReadGeoJsonAsync(string fileKey)
    {
        var file = manifest.Files[fileKey];
        return GeoJsonFile.ReadAsync(PathOf(file), file.Path, file.Columns, file.Geometry ?? [], Warnings, cancellationToken);
    }

    public CsvTable ReadCsv(string fileKey, Func<string, bool> keepLine)
    {
        var file = manifest.Files[fileKey];
        return CsvTable.Read(PathOf(file), file.Path, file.Columns, keepLine, cancellationToken);
    }

    /// <summary>A text file (JSON, Markdown) whole; a UTF-8 byte-order mark is dropped.</summary>
    public Task<string> ReadTextAsync(string fileKey) => File.ReadAllTextAsync(PathOf(manifest.Files[fileKey]), cancellationToken);

    /// <summary>The layer's metadata from its manifest entry, the properties the builder defines, and the features.</summary>
    public LayerData Layer(string id, string geometryType, IReadOnlyList<PropertyDefinition> properties, IEnumerable<LayerFeature> features)
    {
        var entry = manifest.Layer(id);
        var sorted = features.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var extent = new Envelope();
        foreach (var feature in sorted)
        {
            extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        return new LayerData(new LayerMetadata(id, entry.Title, entry.Description, geometryType, SourcesOf(entry.Files), properties, extent), sorted);
    }

    /// <summary>The sources of these files, one per upstream source, with the files' vintages joined by "; ".</summary>
    public IReadOnlyList<LayerSource> SourcesOf(IEnumerable<string> fileKeys) => [.. fileKeys
        .Select(key => manifest.Files[key])
        .GroupBy(file => file.Source)
        .Select(group =>
        {
            var source = manifest.Sources[group.Key];
            return new LayerSource(source.Name, source.Url, source.Licence, source.LicenceUrl, source.Attribution,
                string.Join("; ", group.Select(f => f.Vintage).Distinct()));
        })];

    /// <summary>Polygons as MultiPolygons, so a layer has one geometry type.</summary>
    public static MultiPolygon AsMultiPolygon(Geometry geometry, string file, int index) => geometry switch
    {
        MultiPolygon multi => multi,
        Polygon polygon => Factory.CreateMultiPolygon([polygon]),
        GeometryCollection collection when collection.Geometries.All(g => g is Polygon or MultiPolygon) =>
            Factory.CreateMultiPolygon([.. collection.Geometries.SelectMany(g => g is MultiPolygon m ? m.Geometries.Cast<Polygon>() : [(Polygon)g])]),
        _ => throw new ImportException(file, $"feature {index} is a {geometry.GeometryType}, not an area"),
    };

    private string PathOf(FileEntry file)
    {
        var path = Path.GetFullPath(Path.Combine(sourceDirectory, file.Path));
        if (!File.Exists(path))
        {
            throw new ImportException(file.Path, $"missing file (looked for {path}); see geodata/manifest.json for where to get it");
        }

        return path;
    }
}
