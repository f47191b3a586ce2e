using NetTopologySuite.Geometries.Utilities;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// Reads the area of <c>POST /api/summary</c>: a GeoJSON Polygon or MultiPolygon (lon/lat, RFC 7946), bare or as a
/// Feature or a FeatureCollection of one. Rings must be closed, with at most <see cref="AreaLimits.MaxVertices"/>
/// positions in all, each inside the measuring CRS's area of use. An invalid polygon (a self-intersecting ring,
/// overlapping parts) is repaired with NTS's GeometryFixer and the answer says so, if its rings cross at most
/// <see cref="AreaLimits.MaxCrossings"/> times (the repair's cost grows with the square of the crossings); one with
/// more crossings, or no area left after repair, is refused. Text that is not valid UTF-8 is refused, naming its
/// member. Every check before the repair is linear or close to it.
/// </summary>
internal static class AreaInput
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The area, or null with the reason in <paramref name="error"/>.</summary>
    public static Geometry? Parse(JsonElement root, AreaLimits limits, out bool repaired, out string error)
    {
        repaired = false;
        var vertices = 0;
        try
        {
            var geometry = Read(GeometryOf(root), limits, ref vertices);
            if (RingCrossings.Count(geometry, limits.MaxCrossings) > limits.MaxCrossings)
            {
                error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaTooManyCrossings, limits.MaxCrossings);
                return null;
            }

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

    private static Geometry Read(JsonElement geometry, AreaLimits limits, ref int vertices)
    {
        var type = Text(geometry, "type");
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaType, Shown(type) ?? "no type"));
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            throw new AreaFormatException(ProblemMessages.AreaCoordinates);
        }

        if (type == "Polygon")
        {
            return Polygon(coordinates, limits, ref vertices);
        }

        var polygons = new List<Polygon>();
        foreach (var polygon in coordinates.EnumerateArray())
        {
            polygons.Add(Polygon(polygon, limits, ref vertices));
        }

        return polygons.Count == 0 ? throw new AreaFormatException(ProblemMessages.AreaCoordinates) : Factory.CreateMultiPolygon([.. polygons]);
    }

    private static Polygon Polygon(JsonElement rings, AreaLimits limits, ref int vertices)
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
                if (++vertices > limits.MaxVertices)
                {
                    throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaTooManyVertices, limits.MaxVertices));
                }

                positions.Add(Position(position, limits));
            }

            if (!positions[0].Equals2D(positions[^1]))
            {
                throw new AreaFormatException(ProblemMessages.AreaRingNotClosed);
            }

            linear.Add(Factory.CreateLinearRing([.. positions]));
        }

        return Factory.CreatePolygon(linear[0], [.. linear.Skip(1)]);
    }

    private static Coordinate Position(JsonElement position, AreaLimits limits)
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

        // Outside it the measuring projection is distorted beyond use, or undefined (a conic's far pole).
        var area = limits.AreaOfUse;
        if (!area.Contains(lon, lat))
        {
            throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaOutsideAreaOfUse,
                limits.Crs, area.MinX, area.MaxX, area.MinY, area.MaxY));
        }

        return new Coordinate(lon, lat);
    }

    // A repair can leave lines or points beside the polygons (a collapsed spike): only the polygons are an area.
    private static Geometry Polygonal(Geometry geometry)
    {
        var polygons = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : Factory.CreateMultiPolygon(polygons);
    }

    private static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8, an overlong form or a lone surrogate escape: text that cannot be decoded.
            throw new AreaFormatException(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaText, name));
        }
    }

    // A type is echoed in the error only when it is short: the message is for a person, not a mirror.
    private static string? Shown(string? type) => type is { Length: > 40 } ? type[..40] + "…" : type;

    private sealed class AreaFormatException(string message) : Exception(message);
}
