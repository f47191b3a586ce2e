using System.Globalization;
using NetTopologySuite.Geometries;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Ogc;

/// <summary>A bbox given in another CRS (<c>bbox-crs</c>), checked in that CRS's axes and carried into lon/lat.</summary>
internal static class BboxInCrs
{
    // Beyond any coordinate the supported projections give on Earth (EPSG:3857 reaches about 2e7 m, EPSG:2264 about
    // 1e8 ft); larger numbers are mistakes, not boxes.
    private const double MaxProjected = 1e9;

    /// <summary>
    /// The lon/lat envelope that covers the box (minX, minY, maxX, maxY in <paramref name="crs"/>'s axis order), or
    /// null with the reason in <paramref name="error"/>.
    /// </summary>
    public static Envelope? ToLonLat(double minX, double minY, double maxX, double maxY, OutputCrs crs, out string? error)
    {
        var (first, second) = crs.IsLatLon ? ("latitude", "longitude") : ("x", "y");
        if (crs.IsLatLon && (Math.Abs(minX) > 90 || Math.Abs(maxX) > 90 || Math.Abs(minY) > 180 || Math.Abs(maxY) > 180))
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxLatLonRange, crs.Uri);
            return null;
        }

        if (Math.Abs(minX) > MaxProjected || Math.Abs(maxX) > MaxProjected || Math.Abs(minY) > MaxProjected || Math.Abs(maxY) > MaxProjected)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxOutsideCrs, crs.Uri);
            return null;
        }

        if (minX > maxX || minY > maxY)
        {
            error = string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxInverted, minX > maxX ? first : second);
            return null;
        }

        var lonLat = crs.ToLonLat(new Envelope(minX, maxX, minY, maxY));
        error = lonLat is null ? string.Format(CultureInfo.InvariantCulture, ProblemMessages.BboxOutsideCrs, crs.Uri) : null;
        return lonLat;
    }
}
