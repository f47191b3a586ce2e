using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// <c>bbox</c> (OGC API - Features Part 1) in CRS84 or in <c>bbox-crs</c> (Part 2): four numbers (six with heights,
/// which are ignored) in the CRS's axis order. It selects what PostGIS <c>ST_Intersects</c> selects with the box in its
/// own CRS: a box across the antimeridian (west &gt; east in CRS84 or EPSG:4326) is its two parts, and a projected box
/// whose edges are curves in degrees (EPSG:2264) is its outline densified in lon/lat.
/// </summary>
internal static class BboxParameter
{
    // Beyond any coordinate the supported projections give on Earth (EPSG:3857 reaches about 2e7 m, EPSG:2264 about
    // 1e8 ft); larger numbers are mistakes, not boxes.
    private const double MaxProjected = 1e9;

    /// <summary>The box, or null with the reason in <paramref name="error"/>.</summary>
    /// <param name="geometryName">The name the layer gives its geometry in filters.</param>
    public static BboxArea? Parse(string text, OutputCrs crs, string geometryName, out string? error)
    {
        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            error = ProblemMessages.BboxFormat;
            return null;
        }

        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxNotNumber, i + 1);
                return null;
            }
        }

        // With six numbers the order is min1,min2,minHeight,max1,max2,maxHeight.
        var (min1, min2, max1, max2) = numbers.Length == 4
            ? (numbers[0], numbers[1], numbers[2], numbers[3])
            : (numbers[0], numbers[1], numbers[3], numbers[4]);
        return crs == OutputCrs.Crs84 || crs == OutputCrs.Wgs84LatLon
            ? Geographic(crs.IsLatLon ? (min2, min1, max2, max1) : (min1, min2, max1, max2), crs, geometryName, out error)
            : Projected(new Envelope(min1, max1, min2, max2), min1 > max1, crs, geometryName, out error);
    }

    private static BboxArea? Geographic((double West, double South, double East, double North) box, OutputCrs crs, string geometryName, out string? error)
    {
        var (west, south, east, north) = box;
        if (Math.Abs(west) > 180 || Math.Abs(east) > 180 || Math.Abs(south) > 90 || Math.Abs(north) > 90)
        {
            error = crs.IsLatLon ? string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxLatLonRange, crs.Uri) : ProblemMessages.BboxRange;
            return null;
        }

        if (south > north)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxInverted, "latitude");
            return null;
        }

        error = null;
        if (west <= east)
        {
            return new BboxArea(new Envelope(west, east, south, north), null);
        }

        // Across the antimeridian: the index narrows by latitude, the two parts decide.
        return new BboxArea(
            new Envelope(-180, 180, south, north),
            new SpatialPredicate(SpatialOperator.Intersects, new GeometryProperty(geometryName), GeometryLiteral.Bbox(west, south, east, north)));
    }

    private static BboxArea? Projected(Envelope box, bool firstInverted, OutputCrs crs, string geometryName, out string? error)
    {
        if (Math.Abs(box.MinX) > MaxProjected || Math.Abs(box.MaxX) > MaxProjected || Math.Abs(box.MinY) > MaxProjected || Math.Abs(box.MaxY) > MaxProjected)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxOutsideCrs, crs.Uri);
            return null;
        }

        if (firstInverted || box.MinY > box.MaxY)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxInverted, firstInverted ? "x" : "y");
            return null;
        }

        if (crs.ToLonLat(box) is not { } area)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxOutsideCrs, crs.Uri);
            return null;
        }

        error = null;
        return area is Polygon { IsRectangle: false }
            ? new BboxArea(area.EnvelopeInternal, new SpatialPredicate(SpatialOperator.Intersects, new GeometryProperty(geometryName), new GeometryLiteral(area)))
            : new BboxArea(area.EnvelopeInternal, null);
    }
}
