namespace OpportunityMap.Core.Spatial;

/// <summary>The projections the service uses.</summary>
public static class Projections
{
    /// <summary>
    /// EPSG:2264, NAD83 / North Carolina (ftUS): Lambert conformal conic, US survey feet. NAD83 is taken as equal to
    /// WGS84 (a metre-level difference, far below what areas and walking distances need).
    /// </summary>
    public const string NorthCarolinaFeetWkt =
        """
        PROJCS["NAD83 / North Carolina (ftUS)",
          GEOGCS["NAD83",
            DATUM["North_American_Datum_1983",
              SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],
              TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6269"]],
            PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],
            UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],
            AUTHORITY["EPSG","4269"]],
          PROJECTION["Lambert_Conformal_Conic_2SP"],
          PARAMETER["standard_parallel_1",36.16666666666666],
          PARAMETER["standard_parallel_2",34.33333333333334],
          PARAMETER["latitude_of_origin",33.75],
          PARAMETER["central_meridian",-79],
          PARAMETER["false_easting",2000000],
          PARAMETER["false_northing",0],
          UNIT["US survey foot",0.3048006096012192,AUTHORITY["EPSG","9003"]],
          AXIS["X",EAST],AXIS["Y",NORTH],
          AUTHORITY["EPSG","2264"]]
        """;

    /// <summary>EPSG:2264's area of use (North Carolina), lon/lat: EPSG's bounding box of the state.</summary>
    public static Envelope NorthCarolinaAreaOfUse { get; } = new(-84.33, -75.38, 33.83, 36.59);

    /// <summary>EPSG:2264 through ProjNet. Thread-safe; share it.</summary>
    public static IProjection NorthCarolinaFeet { get; } =
        new ProjNetProjection("EPSG:2264", 2264, NorthCarolinaFeetWkt, NorthCarolinaAreaOfUse);
}
