using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace OpportunityMap.Ingest.Readers;

/// <summary>
/// Reads a GeoJSON FeatureCollection and checks it: longitude/latitude (no other CRS), the expected geometry types
/// and properties. Invalid geometries are repaired with NTS's <see cref="GeometryFixer"/> and each repair reported.
/// </summary>
internal static class GeoJsonFile
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    private static readonly HashSet<string> LonLatCrsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/EPSG/0/4326",
    };

    public static async Task<IReadOnlyList<SourceFeature>> ReadAsync(
        string path, string displayName, IReadOnlyList<string> requiredColumns, IReadOnlyList<string> geometryTypes,
        List<string> warnings, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ImportException(displayName, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new ImportException(displayName, "not a GeoJSON FeatureCollection");
            }

            CheckCrs(root, displayName);
            var result = new List<SourceFeature>(features.GetArrayLength());
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                    ? p.Clone()
                    : throw new ImportException(displayName, $"feature {index} has no properties");
                foreach (var column in requiredColumns.Where(c => !properties.TryGetProperty(c, out _)))
                {
                    throw new ImportException(displayName, $"missing column '{column}' (feature {index})");
                }

                var geometry = ReadGeometry(feature, displayName, index, geometryTypes, warnings);
                result.Add(new SourceFeature(index, geometry, properties));
            }

            return result;
        }
    }

    private static void CheckCrs(JsonElement root, string displayName)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var name = crs.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() : null;
        if (name is null || !LonLatCrsNames.Contains(name))
        {
            throw new ImportException(displayName, $"wrong CRS '{name ?? crs.GetRawText()}': GeoJSON sources must be longitude/latitude (CRS84 / EPSG:4326)");
        }
    }

    private static Geometry? ReadGeometry(JsonElement feature, string displayName, int index, IReadOnlyList<string> geometryTypes, List<string> warnings)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Geometry geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(element, Options) ?? throw new JsonException("empty geometry");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new ImportException(displayName, $"feature {index} has a bad geometry: {e.Message}");
        }

        if (!geometryTypes.Contains(geometry.GeometryType))
        {
            throw new ImportException(displayName, $"feature {index} is a {geometry.GeometryType}; expected {string.Join(" or ", geometryTypes)}");
        }

        var envelope = geometry.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
        {
            throw new ImportException(displayName,
                $"feature {index} has coordinates outside longitude/latitude ({envelope.MinX}, {envelope.MinY}): wrong CRS? GeoJSON sources must be CRS84 / EPSG:4326");
        }

        if (geometry.IsValid)
        {
            return geometry;
        }

        var reason = new IsValidOp(geometry).ValidationError;
        var fixedGeometry = GeometryFixer.Fix(geometry);
        if (fixedGeometry.IsEmpty || fixedGeometry.Dimension != geometry.Dimension)
        {
            throw new ImportException(displayName, $"feature {index} has an invalid geometry that cannot be repaired ({reason?.Message})");
        }

        fixedGeometry.SRID = 4326;
        warnings.Add($"{displayName}: feature {index}: invalid geometry ({reason?.Message} at {reason?.Coordinate}) repaired");
        return fixedGeometry;
    }
}
