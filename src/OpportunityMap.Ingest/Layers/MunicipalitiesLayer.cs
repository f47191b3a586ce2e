using NetTopologySuite.Operation.Union;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>municipalities</c>: the towns of Mecklenburg County and its unincorporated part, one feature per name. The
/// county's file cuts each town into pieces (62 in 2013); they are dissolved here so a search finds "Davidson" once.
/// </summary>
internal static class MunicipalitiesLayer
{
    /// <summary>The county file's name for the land no town has incorporated.</summary>
    public const string Unincorporated = "Mecklenburg";

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("name", PropertyType.String, "Name", "The municipality's name; \"Mecklenburg\" is the unincorporated county.", Queryable: true),
        new("incorporated", PropertyType.Boolean, "Incorporated", "False for the unincorporated county (\"Mecklenburg\").", Queryable: true),
        new("pieces", PropertyType.Integer, "Pieces", "How many polygons of the source file were dissolved into this feature."),
    ];

    public static async Task<LayerData> BuildAsync(ImportContext context)
    {
        const string file = LayerIds.Municipalities;
        var path = context.Manifest.Files[file].Path;
        var pieces = new Dictionary<string, List<Geometry>>(StringComparer.Ordinal);
        foreach (var source in await context.ReadGeoJsonAsync(file))
        {
            var name = source.Text("name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw new ImportException(path, $"feature {source.Index} has no name");
            }

            var geometry = source.Geometry ?? throw new ImportException(path, $"feature {source.Index} ({name}) has no geometry");
            if (!pieces.TryGetValue(name, out var list))
            {
                pieces[name] = list = [];
            }

            list.Add(ImportContext.AsMultiPolygon(geometry, path, source.Index));
        }

        var features = pieces.Select(entry =>
        {
            var dissolved = ImportContext.AsMultiPolygon(UnaryUnionOp.Union(entry.Value), path, 0);
            dissolved.SRID = ImportContext.Factory.SRID;
            return new LayerFeature(entry.Key, dissolved, [entry.Key, entry.Key != Unincorporated, (long)entry.Value.Count]);
        });
        return context.Layer(LayerIds.Municipalities, "MultiPolygon", Properties, features);
    }
}
