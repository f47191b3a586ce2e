using OpportunityMap.Server.Downloads;
using OpportunityMap.Server.Ogc.Pages;
using OpportunityMap.Server.Tiles;

namespace OpportunityMap.Server.Ogc;

/// <summary>OGC API - Features: the collections, their items, and single features.</summary>
internal static class CollectionsEndpoints
{
    private const string ContentCrs = "Content-Crs";

    private static readonly string[] FeatureFormats = ["json", "geojson", "csv", "html"];

    public static IEndpointRouteBuilder MapCollections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/collections").WithTags("Data").CachedByGeneration();
        group.MapGet("/", GetCollections)
            .WithName("collections")
            .WithSummary("The published layers")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("The collections, each with its links, extent, CRSs, sources and properties", MediaTypes.Json, MediaTypes.Html);
        var collection = group.MapGroup("/{collectionId}").ForOneCollection();
        collection.MapGet("", GetCollection)
            .WithName("collection")
            .WithSummary("One layer: description, extent, sources and licence")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("The collection", MediaTypes.Json, MediaTypes.Html);
        collection.MapGet("/queryables", GetQueryables)
            .WithName("queryables")
            .WithSummary("The properties a filter may name, as JSON Schema")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("JSON Schema of the queryable properties", MediaTypes.JsonSchema, MediaTypes.Html);
        collection.MapGet("/schema", GetSchema)
            .WithName("schema")
            .WithSummary("The schema of the features: every property with its type, as JSON Schema (OGC API - Features Part 5)")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("JSON Schema of the features' properties (integer and number apart; dates with format date, instants date-time)",
                MediaTypes.JsonSchema, MediaTypes.Html);
        collection.MapGet("/schema/geojson", GetGeoJsonSchema)
            .WithName("schema-geojson")
            .WithSummary("The schema of the features as GeoJSON: a Feature whose properties have their types (the collection's describedby)")
            .Returns("JSON Schema of a GeoJSON Feature of the collection", MediaTypes.JsonSchema);
        collection.MapGet("/items", GetItems)
            .WithName("items")
            .WithSummary("A layer's features, filtered, sorted and paged")
            .WithDescription("Each collection's own path (/collections/zip-mobility/items, ...) also lists its queryable properties, " +
                "each a name=value filter. The response's Content-Crs header names the CRS of the coordinates; CSV carries OGC-NumberMatched.")
            .WithOgcParameters(OgcParameters.Items)
            .Returns("A page of features (GeoJSON FeatureCollection with numberMatched, numberReturned and next/prev links), as CSV, or as a page",
                MediaTypes.GeoJson, MediaTypes.Csv, MediaTypes.Html);
        collection.MapGet("/items/{featureId}", GetItem)
            .WithName("item")
            .WithSummary("One feature")
            .WithParameters(ApiParameter.Path("featureId", "The feature's id (its \"id\" in GeoJSON)", ApiSchema.String()))
            .WithOgcParameters(OgcParameters.Feature)
            .Returns("The feature (GeoJSON), as CSV, or a page", MediaTypes.GeoJson, MediaTypes.Csv, MediaTypes.Html);
        return app;
    }

    private static Results<JsonDocumentResult, RazorComponentResult<CollectionsPage>, ValidationProblem> GetCollections(HttpRequest request, DataGeneration generation)
    {
        if (OgcFormats.Refuse(request, OgcFormats.JsonOrHtml) is { } badFormat)
        {
            return badFormat;
        }

        if (OgcFormats.Negotiate(request) == OgcFormat.Html)
        {
            return OgcPages.Collections(request, generation.Layers);
        }

        // The data's words (titles, descriptions, sources) in the language asked for; English by default.
        if (!LanguageQuery.TryRead(request, out var strings, out var langError))
        {
            return langError;
        }

        var root = RequestUrls.Base(request);
        return new JsonDocumentResult(MediaTypes.Json, writer =>
        {
            writer.WriteStartObject();
            Link.WriteArray(writer,
            [
                new Link($"{root}/collections", "self", MediaTypes.Json, "The collections"),
                new Link($"{root}/collections?f=html", "alternate", MediaTypes.Html, "The collections as a web page"),
            ]);
            writer.WriteStartArray("collections");
            foreach (var layer in generation.Layers)
            {
                WriteCollection(writer, request, layer.In(strings));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static Results<JsonDocumentResult, RazorComponentResult<CollectionPage>, ProblemHttpResult, ValidationProblem> GetCollection(
        string collectionId, HttpRequest request, DataGeneration generation) =>
        CollectionDocument(collectionId, request, generation, MediaTypes.Json,
            layer => OgcPages.Collection(request, layer), (writer, layer) => WriteCollection(writer, request, layer));

    private static Results<JsonDocumentResult, RazorComponentResult<QueryablesPage>, ProblemHttpResult, ValidationProblem> GetQueryables(
        string collectionId, HttpRequest request, DataGeneration generation) =>
        CollectionDocument(collectionId, request, generation, MediaTypes.JsonSchema,
            layer => OgcPages.Queryables(request, layer), (writer, layer) => FeatureSchema.WriteQueryables(writer, request, layer));

    private static Results<JsonDocumentResult, RazorComponentResult<SchemaPage>, ProblemHttpResult, ValidationProblem> GetSchema(
        string collectionId, HttpRequest request, DataGeneration generation, IOptions<GeodataOptions> geodata) =>
        CollectionDocument(collectionId, request, generation, MediaTypes.JsonSchema,
            layer => OgcPages.Schema(request, layer), (writer, layer) => FeatureSchema.WriteSchema(writer, request, layer, TemporalProperty.For(layer, geodata.Value)));

    // A document about one collection (the collection, its queryables, its schema): its page, or JSON with the data's
    // words in the language asked for.
    private static Results<JsonDocumentResult, RazorComponentResult<TPage>, ProblemHttpResult, ValidationProblem> CollectionDocument<TPage>(
        string collectionId, HttpRequest request, DataGeneration generation, string mediaType,
        Func<LayerMetadata, RazorComponentResult<TPage>> page, Action<Utf8JsonWriter, LayerMetadata> write)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        if (generation.FindLayer(collectionId) is not { } layer)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        if (OgcFormats.Refuse(request, OgcFormats.JsonOrHtml) is { } badFormat)
        {
            return badFormat;
        }

        if (OgcFormats.Negotiate(request) == OgcFormat.Html)
        {
            return page(layer);
        }

        return LanguageQuery.TryRead(request, out var strings, out var langError)
            ? new JsonDocumentResult(mediaType, writer => write(writer, layer.In(strings)))
            : langError;
    }

    private static Results<JsonDocumentResult, ProblemHttpResult, ValidationProblem> GetGeoJsonSchema(
        string collectionId, HttpRequest request, DataGeneration generation)
    {
        if (generation.FindLayer(collectionId) is not { } found)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        if (OgcFormats.Refuse(request, ["json"]) is { } badFormat)
        {
            return badFormat;
        }

        return LanguageQuery.TryRead(request, out var strings, out var langError)
            ? new JsonDocumentResult(MediaTypes.JsonSchema, writer => FeatureSchema.WriteGeoJson(writer, request, found.In(strings)))
            : langError;
    }

    // One handler for every representation of a page of features: the same parsed request and the same query give
    // GeoJSON, CSV or the HTML table.
    private static async Task<Results<JsonDocumentResult, CsvResult, RazorComponentResult<ItemsPage>, ProblemHttpResult, ValidationProblem>> GetItems(
        string collectionId, HttpRequest request, DataGeneration generation, IOptions<ApiOptions> api, IOptions<GeodataOptions> geodata,
        CancellationToken cancellationToken)
    {
        if (generation.FindLayer(collectionId) is not { } layer)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        var query = ItemsRequest.Parse(request.Query, layer, api.Value.DefaultLimit, geodata.Value.MaxLimitFor(layer.Id, api.Value.MaxLimit),
            TemporalProperty.For(layer, geodata.Value), out var errors);
        var output = FeatureOutput.Parse(request.Query, layer, errors);
        if (query is null || output is null)
        {
            return TypedResults.ValidationProblem(errors, FilterParameters.Detail(errors));
        }

        var page = await generation.Store.QueryAsync(layer.Id, query, cancellationToken);
        if (ItemsRequest.Zoom(request.Query) is { } zoom)
        {
            // The query ran on the imported geometry; the page is then drawn with the geometry for that zoom.
            var band = await SimplifiedLayers.ForZoomAsync(generation, layer, zoom, cancellationToken);
            page = page with { Features = band.Substitute(page.Features) };
        }

        var format = OgcFormats.Negotiate(request);
        if (format == OgcFormat.Html)
        {
            var items = RequestUrls.Items(request, layer.Id);
            return OgcPages.Items(request, layer, query, output, page,
                query.Offset > 0 ? items + WithOffset(request.Query, Math.Max(0, query.Offset - query.Limit), query.Limit) : null,
                query.Offset + page.Features.Count < page.NumberMatched ? items + WithOffset(request.Query, query.Offset + query.Limit, query.Limit) : null);
        }

        request.HttpContext.Response.Headers[ContentCrs] = output.Crs.ContentCrsHeader;
        if (format == OgcFormat.Csv)
        {
            return new CsvResult(layer, page, output);
        }

        var links = PageLinks(request, layer.Id, query, page);
        return new JsonDocumentResult(MediaTypes.GeoJson, async (writer, flush) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteNumber("numberMatched", page.NumberMatched);
            writer.WriteNumber("numberReturned", page.Features.Count);
            writer.WriteStartArray("features");
            foreach (var feature in page.Features)
            {
                output.WriteFeature(writer, layer, feature);
                await flush();
            }

            writer.WriteEndArray();
            Link.WriteArray(writer, links);
            writer.WriteEndObject();
        });
    }

    private static async Task<Results<JsonDocumentResult, CsvResult, RazorComponentResult<ItemPage>, ProblemHttpResult, ValidationProblem>> GetItem(
        string collectionId, string featureId, HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (generation.FindLayer(collectionId) is not { } layer)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        foreach (var (name, _) in request.Query)
        {
            if (!FeatureOutput.ParameterNames.Contains(name) && name != "f")
            {
                return Problems.Invalid(name, string.Format(CultureInfo.InvariantCulture, ProblemMessages.UnknownParameter, string.Join(", ", FeatureOutput.ParameterNames.Prepend("f"))));
            }
        }

        if (OgcFormats.Refuse(request, FeatureFormats) is { } badFormat)
        {
            return badFormat;
        }

        var errors = new Dictionary<string, string[]>();
        var output = FeatureOutput.Parse(request.Query, layer, errors);
        if (output is null)
        {
            return TypedResults.ValidationProblem(errors, ProblemMessages.InvalidParameters);
        }

        if (featureId.Length > LayerIds.MaxLength)
        {
            return Problems.Invalid("featureId", string.Format(CultureInfo.InvariantCulture, ProblemMessages.IdTooLong, LayerIds.MaxLength));
        }

        if (await generation.Store.GetFeatureAsync(layer.Id, featureId, cancellationToken) is not { } feature)
        {
            return Problems.FeatureNotFound(collectionId, featureId);
        }

        var format = OgcFormats.Negotiate(request);
        if (format == OgcFormat.Html)
        {
            return OgcPages.Item(request, layer, feature, output);
        }

        request.HttpContext.Response.Headers[ContentCrs] = output.Crs.ContentCrsHeader;
        if (format == OgcFormat.Csv)
        {
            return new CsvResult(layer, new FeaturePage([feature], 1), output, fileName: $"{layer.Id}-{string.Concat(feature.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'))}");
        }

        var item = RequestUrls.Item(request, layer.Id, feature.Id);
        Link[] links =
        [
            new(item + request.QueryString, "self", MediaTypes.GeoJson, "This feature"),
            new(item + WithFormat(request.Query, "html"), "alternate", MediaTypes.Html, "This feature as a web page"),
            new(item + WithFormat(request.Query, "csv"), "alternate", MediaTypes.Csv, "This feature as CSV (WKT geometry)"),
            new(RequestUrls.Collection(request, layer.Id), "collection", MediaTypes.Json, layer.Title),
        ];
        return new JsonDocumentResult(MediaTypes.GeoJson, writer => output.WriteFeature(writer, layer, feature, links));
    }

    private static List<Link> PageLinks(HttpRequest request, string collectionId, FeatureQuery query, FeaturePage page)
    {
        var items = RequestUrls.Items(request, collectionId);
        var links = new List<Link>
        {
            new(items + request.QueryString, "self", MediaTypes.GeoJson, "This page"),
            new(items + WithFormat(request.Query, "html"), "alternate", MediaTypes.Html, "This page as a web page"),
            new(items + WithFormat(request.Query, "csv"), "alternate", MediaTypes.Csv, "This page as CSV (WKT geometry)"),
            new(RequestUrls.Collection(request, collectionId), "collection", MediaTypes.Json, "The collection"),
        };
        if (query.Offset + page.Features.Count < page.NumberMatched)
        {
            links.Add(new(items + WithOffset(request.Query, query.Offset + query.Limit, query.Limit), "next", MediaTypes.GeoJson, "Next page"));
        }

        if (query.Offset > 0)
        {
            links.Add(new(items + WithOffset(request.Query, Math.Max(0, query.Offset - query.Limit), query.Limit), "prev", MediaTypes.GeoJson, "Previous page"));
        }

        return links;
    }

    // The same query in another format (f), parameters in their original order.
    private static string WithFormat(IQueryCollection query, string format) => QueryString.Create(query
            .Where(p => p.Key != "f")
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
            .Append(KeyValuePair.Create("f", (string?)format)))
        .ToUriComponent();

    // The same query with another offset (and the limit made explicit), parameters in their original order.
    internal static string WithOffset(IQueryCollection query, int offset, int limit)
    {
        var parameters = query
            .Where(p => p.Key is not ("offset" or "limit"))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
            .Append(KeyValuePair.Create("limit", (string?)limit.ToString(CultureInfo.InvariantCulture)))
            .Append(KeyValuePair.Create("offset", (string?)offset.ToString(CultureInfo.InvariantCulture)));
        return QueryString.Create(parameters).ToUriComponent();
    }

    private static void WriteCollection(Utf8JsonWriter writer, HttpRequest request, LayerMetadata layer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", layer.Id);
        writer.WriteString("title", layer.Title);
        writer.WriteString("description", layer.Description);
        writer.WriteString("itemType", "feature");
        writer.WriteString("geometryType", layer.GeometryType);
        writer.WriteString("attribution", string.Join("; ", layer.Sources.Select(s => s.Attribution).Distinct()));
        var links = new List<Link>
        {
            new(RequestUrls.Collection(request, layer.Id), "self", MediaTypes.Json, layer.Title),
            new(RequestUrls.Collection(request, layer.Id) + "?f=html", "alternate", MediaTypes.Html, layer.Title + " (web page)"),
            new(RequestUrls.Items(request, layer.Id), "items", MediaTypes.GeoJson, "The features"),
            new(RequestUrls.Items(request, layer.Id) + "?f=html", "items", MediaTypes.Html, "The features as web pages"),
            new(RequestUrls.Items(request, layer.Id) + "?f=csv", "items", MediaTypes.Csv, "The features as CSV (WKT geometry)"),
            new(RequestUrls.Collection(request, layer.Id) + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", MediaTypes.JsonSchema, "Queryable properties"),
            new(RequestUrls.Collection(request, layer.Id) + "/schema", "http://www.opengis.net/def/rel/ogc/1.0/schema", MediaTypes.JsonSchema, "The schema of the features"),
            // RFC 8288 compares relation types case-insensitively; GDAL's OAPIF driver (3.x) looks for this spelling.
            new(RequestUrls.Collection(request, layer.Id) + "/schema/geojson", "describedBy", MediaTypes.JsonSchema, "The schema of the features as GeoJSON"),
            new(RequestUrls.Tiles(request, layer.Id), "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", MediaTypes.Json, "Vector tiles (Mapbox Vector Tile)"),
        };
        foreach (var source in layer.Sources.DistinctBy(s => s.LicenceUrl))
        {
            links.Add(new(source.LicenceUrl, "license", MediaTypes.Html, $"{source.Licence} ({source.Name})"));
        }

        links.AddRange(DownloadEndpoints.Links(request, layer));

        Link.WriteArray(writer, links);
        writer.WriteStartObject("extent");
        writer.WriteStartObject("spatial");
        writer.WriteStartArray("bbox");
        writer.WriteStartArray();
        writer.WriteNumberValue(layer.Extent.MinX);
        writer.WriteNumberValue(layer.Extent.MinY);
        writer.WriteNumberValue(layer.Extent.MaxX);
        writer.WriteNumberValue(layer.Extent.MaxY);
        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteString("crs", ConformanceClasses.Crs84);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("crs");
        foreach (var crs in OutputCrs.All)
        {
            writer.WriteStringValue(crs.Uri);
        }

        writer.WriteEndArray();
        writer.WriteString("storageCrs", ConformanceClasses.Crs84);
        SourceJson.WriteArray(writer, layer.Sources);
        writer.WriteObjects("properties", layer.Properties, property =>
        {
            writer.WriteString("name", property.Name);
            writer.WriteString("type", property.Type.ToString().ToLowerInvariant());
            writer.WriteString("title", property.Title);
            writer.WriteString("description", property.Description);
            writer.WriteBoolean("queryable", property.Queryable);
        });
        writer.WriteEndObject();
    }
}
