using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// Reads the area of <c>POST /api/summary</c>: a GeoJSON Polygon or MultiPolygon (lon/lat, RFC 7946), bare or as a
/// Feature or a FeatureCollection of one. Rings must be closed; at most <see cref="MaxVertices"/> positions in all.
/// An invalid polygon (a self-intersecting ring, overlapping parts) is repaired with NTS's GeometryFixer and the
/// answer says so; one with no area left after repair is refused.
/// </summary>
internal static class AreaInput
{
    public const int MaxVertices = 2_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The area, or null with the reason in <paramref name="error"/>.</summary>
    public static Geometry? Parse(JsonElement root, out bool repaired, out string error)
    {
        repaired = false;
        var vertices = 0;
        try
        {
            var geometry = Read(GeometryOf(root), ref vertices);
            if (!geometry.IsValid)
            {
                geometry = Polygonal(GeometryFixer.Fix(geometry));
                repaired = true;
            }

            if (geometry.IsEmpty || geometry.Area <= 0)
            {
                error = ProblemMessages.AreaEmpty;
                return null;
            }

            error = "";
            return geometry;
        }
        catch (AreaFormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static JsonElement GeometryOf(JsonElement root)
    {
        switch (Text(root, "type"))
        {
            case "Feature":
                return root.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object
                    ? geometry
                    : throw new AreaFormatException(ProblemMessages.AreaFeatureNoGeometry);
            case "FeatureCollection":
                if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array || features.GetArrayLength() != 1)
                {
                    throw new AreaFormatException(ProblemMessages.AreaCollectionOfOne);
                }

                return GeometryOf(features[0]);
            default:
                return root;
        }
    }

    private static Geometry Read(JsonElement geometry, ref int vertices)
    {
        var type = Text(geometry, "type");
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaType, type ?? "no type"));
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw new AreaFormatException(ProblemMessages.AreaCoordinates);
        }

        if (type == "Polygon")
        {
            return Polygon(coordinates, ref vertices);
        }

        var polygons = new List<Polygon>();
        foreach (var polygon in coordinates.EnumerateArray())
        {
            polygons.Add(Polygon(polygon, ref vertices));
        }

        return polygons.Count == 0 ? throw new AreaFormatException(ProblemMessages.AreaCoordinates) : Factory.CreateMultiPolygon([.. polygons]);
    }

    private static Polygon Polygon(JsonElement rings, ref int vertices)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            throw new AreaFormatException(ProblemMessages.AreaCoordinates);
        }

        var linear = new List<LinearRing>();
        foreach (var ring in rings.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
            {
                throw new AreaFormatException(ProblemMessages.AreaRing);
            }

            var positions = new List<Coordinate>();
            foreach (var position in ring.EnumerateArray())
            {
                if (++vertices > MaxVertices)
                {
                    throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaTooManyVertices, MaxVertices));
                }

                positions.Add(Position(position));
            }

            if (!positions[0].Equals2D(positions[^1]))
            {
                throw new AreaFormatException(ProblemMessages.AreaRingNotClosed);
            }

            linear.Add(Factory.CreateLinearRing([.. positions]));
        }

        return Factory.CreatePolygon(linear[0], [.. linear.Skip(1)]);
    }

    private static Coordinate Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
        {
            throw new AreaFormatException(ProblemMessages.AreaPosition);
        }

        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new AreaFormatException(ProblemMessages.AreaPosition);
        }

        return new Coordinate(lon, lat);
    }

    // A repair can leave lines or points beside the polygons (a collapsed spike): only the polygons are an area.
    private static Geometry Polygonal(Geometry geometry)
    {
        var polygons = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : Factory.CreateMultiPolygon(polygons);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private sealed class AreaFormatException(string message) : Exception(message);
}
