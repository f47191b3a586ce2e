namespace OpportunityMap.Core.Spatial;

/// <summary>
/// A map projection from EPSG:4326 (X = longitude, Y = latitude, degrees) to a projected CRS, used to measure areas
/// and distances in linear units instead of degrees. Implementations are immutable and thread-safe.
/// </summary>
public interface IProjection
{
    /// <summary>The projected CRS, e.g. <c>EPSG:2264</c>.</summary>
    string Crs { get; }

    /// <summary>How many metres one projected unit is (0.3048006096 for US survey feet).</summary>
    double MetresPerUnit { get; }

    /// <summary>
    /// Where the projection measures well, in lon/lat (EPSG's area of use): input from users (a drawn area) must lie
    /// inside it. The whole globe unless an implementation says otherwise.
    /// </summary>
    Envelope AreaOfUse => new(-180, 180, -90, 90);

    /// <summary>A copy of <paramref name="geometry"/> (EPSG:4326, lon/lat) in the projected CRS.</summary>
    /// <exception cref="ProjectionDomainException">A coordinate has no image in the projected CRS (e.g. the pole a conic
    /// projection cannot express).</exception>
    Geometry Project(Geometry geometry);

    /// <summary>A copy of <paramref name="geometry"/> (projected CRS) in EPSG:4326, lon/lat.</summary>
    Geometry Unproject(Geometry geometry);
}
