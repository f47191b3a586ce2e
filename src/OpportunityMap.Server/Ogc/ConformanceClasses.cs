namespace OpportunityMap.Server.Ogc;

internal static class ConformanceClasses
{
    public static readonly string[] All =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];

    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
}
