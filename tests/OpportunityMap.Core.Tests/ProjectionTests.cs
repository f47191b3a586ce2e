using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Core.Tests;

public sealed class ProjectionTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // Reference: GDAL/PROJ, `echo "-80.8431 35.2271" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2264 -output_xy`.
    [Fact]
    public void NorthCarolinaFeet_UptownCharlotte_MatchesProj()
    {
        var projected = (Point)Projections.NorthCarolinaFeet.Project(Wgs84.CreatePoint(new Coordinate(-80.8431, 35.2271)));

        Assert.Equal(1449620.396, projected.X, 0.05);
        Assert.Equal(542689.071, projected.Y, 0.05);
        Assert.Equal(2264, projected.SRID);
    }

    [Fact]
    public void NorthCarolinaFeet_RoundTrip_ReturnsTheSamePoint()
    {
        var point = Wgs84.CreatePoint(new Coordinate(-80.9, 35.1));
        var back = (Point)Projections.NorthCarolinaFeet.Unproject(Projections.NorthCarolinaFeet.Project(point));

        // ProjNet's inverse conic is iterative: 1e-7 degrees is about a centimetre.
        Assert.Equal(point.X, back.X, 1e-7);
        Assert.Equal(point.Y, back.Y, 1e-7);
    }

    [Fact]
    public void NorthCarolinaFeet_OneKilometreSquare_HasAreaOfOneSquareKilometre()
    {
        // A square of 1 km sides drawn in the projected CRS, taken back to lon/lat, then measured again.
        var projection = Projections.NorthCarolinaFeet;
        var side = 1000 / projection.MetresPerUnit;
        var origin = (Point)projection.Project(Wgs84.CreatePoint(new Coordinate(-80.84, 35.22)));
        var square = new GeometryFactory(new PrecisionModel(), 2264).CreatePolygon(
        [
            new(origin.X, origin.Y), new(origin.X + side, origin.Y), new(origin.X + side, origin.Y + side),
            new(origin.X, origin.Y + side), new(origin.X, origin.Y),
        ]);
        var lonLat = projection.Unproject(square);

        var areaSquareMetres = projection.Project(lonLat).Area * projection.MetresPerUnit * projection.MetresPerUnit;

        Assert.Equal(1_000_000, areaSquareMetres, 1.0);
        Assert.Equal(0.3048006096, projection.MetresPerUnit, 1e-9);
    }

    [Fact]
    public void Project_DoesNotChangeItsInput()
    {
        var point = Wgs84.CreatePoint(new Coordinate(-80.84, 35.22));

        _ = Projections.NorthCarolinaFeet.Project(point);

        Assert.Equal(-80.84, point.X);
    }

    // Issue 17: ProjNet's Lambert conformal conic cannot take the south pole (it is at infinity on a cone opening
    // north); that is one ProjectionDomainException naming the coordinate, not whatever ProjNet throws.
    [Theory]
    [InlineData(-81, -90)]
    [InlineData(100, -90)]
    public void NorthCarolinaFeet_TheSouthPole_IsOutsideTheDomain(double lon, double lat)
    {
        var polygon = Wgs84.CreatePolygon([new(-81, 35), new(-80, 35), new(lon, lat), new(-81, 35)]);

        var error = Assert.Throws<ProjectionDomainException>(() => Projections.NorthCarolinaFeet.Project(polygon));

        Assert.Equal("EPSG:2264", error.Crs);
    }

    [Fact]
    public void NorthCarolinaFeet_AreaOfUse_HoldsMecklenburgAndNotTheWorld()
    {
        var area = Projections.NorthCarolinaFeet.AreaOfUse;

        Assert.True(area.Contains(new Envelope(-81.06, -80.56, 35.0, 35.52)));
        Assert.False(area.Contains(new Envelope(-180, 180, -90, 90)));
    }
}
