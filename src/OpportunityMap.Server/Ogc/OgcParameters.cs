using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// The query parameters the OGC resources share, as the API definition's <c>#/components/parameters</c> (OGC API -
/// Features Part 1 names them so): what <see cref="ItemsRequest"/>, <see cref="FeatureOutput"/>,
/// <see cref="FilterParameters"/> and <see cref="OgcFormats"/> accept.
/// </summary>
internal static class OgcParameters
{
    public const string Bbox = "bbox";
    public const string BboxCrs = "bbox-crs";
    public const string Datetime = "datetime";
    public const string Limit = "limit";
    public const string Offset = "offset";
    public const string Zoom = "zoom";
    public const string Crs = "crs";
    public const string Precision = "precision";
    public const string Properties = "properties";

    /// <summary><c>f</c> of the items: GeoJSON, CSV or HTML.</summary>
    public const string ItemsFormat = "f";

    /// <summary><c>f</c> of one feature: GeoJSON or HTML.</summary>
    public const string FeatureFormat = "f-feature";

    /// <summary><c>f</c> of the other resources: JSON or HTML.</summary>
    public const string PageFormat = "f-page";

    /// <summary><c>f</c> of the landing page: JSON or the map.</summary>
    public const string LandingFormat = "f-landing";

    /// <summary>Every parameter of <c>/collections/{collectionId}/items</c>, in the order the definition lists them.</summary>
    public static readonly string[] Items =
        [Bbox, Datetime, Limit, Offset, ItemsFormat, Zoom, FilterParameters.Filter, FilterParameters.FilterLang, FilterParameters.FilterCrs, FilterParameters.SortBy, Crs, BboxCrs, Precision, Properties];

    /// <summary>Every query parameter of <c>/collections/{collectionId}/items/{featureId}</c>.</summary>
    public static readonly string[] Feature = [FeatureFormat, Crs, Precision, Properties];

    /// <summary>
    /// The routes of one collection (<c>/collections/{collectionId}/...</c>): the <c>collectionId</c> parameter, and
    /// 404 when there is no such collection.
    /// </summary>
    public static RouteGroupBuilder ForOneCollection(this RouteGroupBuilder group) =>
        group.WithParameters(ApiParameter.Path("collectionId", "The collection's id, as /collections lists them", ApiSchema.String()))
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// These parameters: references to the document's components (added on first use), except the Part 3 ones, which
    /// are written out in the operation itself, where clients of the hand-written definition found them.
    /// </summary>
    public static TBuilder WithOgcParameters<TBuilder>(this TBuilder builder, params string[] ids)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithParameters(context =>
        {
            var api = context.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>().Value;
            return ids.Select(IOpenApiParameter (id) => FilterParameters.Names.Contains(id)
                ? Create(id, api.MaxLimit, api.DefaultLimit)
                : Reference(context.Document!, id, api));
        });

    /// <summary>The shared parameter <paramref name="id"/>; <c>limit</c> with this maximum and default.</summary>
    public static OpenApiParameter Create(string id, int maxLimit, int defaultLimit) => id switch
    {
        Bbox => ApiParameter.QueryList(Bbox,
            "minLon,minLat,maxLon,maxLat in CRS84 (or in bbox-crs); features that intersect it (edges count). A west edge east of the east edge " +
            "crosses the antimeridian. Six numbers add heights, which are ignored.",
            ApiSchema.List(new OpenApiSchema { Type = JsonSchemaType.Number }, minItems: 4, maxItems: 6)),
        BboxCrs => CrsParameter(BboxCrs,
            "The CRS of bbox (OGC API - Features Part 2). In EPSG:4326 the order is minLat,minLon,maxLat,maxLon; a box in EPSG:2264 selects " +
            "what intersects it in EPSG:2264 (its edges followed in lon/lat)."),
        Datetime => ApiParameter.Query(Datetime,
            "Features whose time intersects this instant or interval: an RFC 3339 date-time (2018-02-12T23:20:50Z) or date, or start/end " +
            "with '..' or nothing for an open end (2018-02-12T00:00:00Z/..). Each collection's schema names its time (x-ogc-role); " +
            "redlining-1935's is map_year. Features without a time, and collections without one, always match.",
            ApiSchema.String()),
        Limit => ApiParameter.Query(Limit, "The most features on one page (a larger value gives the maximum); the next and prev links page through the rest.",
            ApiSchema.Integer(1, maxLimit, defaultLimit)),
        Offset => ApiParameter.Query(Offset, "How many matching features to skip (the next link carries it).",
            ApiSchema.Integer(0, ItemsRequest.MaxOffset, 0)),
        Zoom => ApiParameter.Query(Zoom,
            "Geometry simplified for display at this Web Mercator zoom (0-14: half a pixel of tolerance, neighbours keep their shared borders; " +
            "15-22: as imported). bbox and filters still test the imported geometry.",
            ApiSchema.Integer(0, ItemsRequest.MaxZoom)),
        Crs => CrsParameter(Crs,
            "The CRS of the output coordinates (OGC API - Features Part 2); the response's Content-Crs header names it. EPSG:4326 is lat,lon."),
        Precision => ApiParameter.Query(Precision, "Decimals of each coordinate (rounded half away from zero); default: full precision.",
            ApiSchema.Integer(0, FeatureOutput.MaxPrecision)),
        Properties => ApiParameter.QueryList(Properties, "Only these properties, in this order (empty: none). An unknown name is a 400.",
            ApiSchema.List(ApiSchema.String())),
        ItemsFormat => ApiParameter.Query("f",
            "json or geojson (GeoJSON), csv (one page as CSV with a WKT geometry column), or html (a page to read; also chosen by Accept: text/html)",
            ApiSchema.Enum(["json", "geojson", "csv", "html"])),
        FeatureFormat => ApiParameter.Query("f",
            "json or geojson (GeoJSON), csv (one row with a WKT geometry column), or html (a page to read; also chosen by Accept: text/html)",
            ApiSchema.Enum(["json", "geojson", "csv", "html"])),
        PageFormat => ApiParameter.Query("f", "json, or html for a page to read (also chosen by Accept: text/html)", ApiSchema.Enum(["json", "html"])),
        LandingFormat => ApiParameter.Query("f", "json for this document, html for the map (also chosen by Accept: text/html)", ApiSchema.Enum(["json", "html"])),
        FilterParameters.Filter => ApiParameter.Query(FilterParameters.Filter,
            "A CQL2 text filter on the queryable properties and 'geometry': =, <>, <, <=, >, >=, AND, OR, NOT, LIKE (% and _, \\ escapes; " +
            "CASEI for case-insensitive), IN, BETWEEN, IS [NOT] NULL, DATE('…') and TIMESTAMP('…') literals, and the spatial functions " +
            "S_INTERSECTS, S_EQUALS, S_DISJOINT, S_TOUCHES, S_WITHIN, S_OVERLAPS, S_CROSSES, S_CONTAINS with WKT or BBOX(w,s,e,n). " +
            $"At most {Cql2TextParser.MaxLength} characters.",
            ApiSchema.String()),
        FilterParameters.FilterLang => ApiParameter.Query(FilterParameters.FilterLang, "The filter's language: only cql2-text.",
            ApiSchema.Enum([FilterParameters.Cql2Text], FilterParameters.Cql2Text)),
        FilterParameters.FilterCrs => ApiParameter.Query(FilterParameters.FilterCrs,
            "The CRS of the filter's coordinates: CRS84 (lon/lat, the default) or EPSG:4326 (lat/lon).",
            ApiSchema.Enum([ConformanceClasses.Crs84, FilterParameters.Epsg4326], ConformanceClasses.Crs84)),
        FilterParameters.SortBy => ApiParameter.Query(FilterParameters.SortBy,
            "Comma-separated properties to sort by, each optionally prefixed by + (ascending, the default) or - (descending). " +
            "Nulls sort last; ties are broken by feature id.",
            ApiSchema.String()),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "No such shared parameter."),
    };

    private static OpenApiParameterReference Reference(OpenApiDocument document, string id, ApiOptions api)
    {
        var components = document.Components ??= new OpenApiComponents();
        components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        components.Parameters.TryAdd(id, Create(id, api.MaxLimit, api.DefaultLimit));
        return new OpenApiParameterReference(id, document);
    }

    private static OpenApiParameter CrsParameter(string name, string description)
    {
        var schema = ApiSchema.Enum(OutputCrs.All.Select(c => c.Uri), OutputCrs.Crs84.Uri);
        schema.Format = "uri";
        return ApiParameter.Query(name, description, schema);
    }
}
