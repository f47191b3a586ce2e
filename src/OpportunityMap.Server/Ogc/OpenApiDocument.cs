using System.Text.Json.Nodes;
using System.Text.Json;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// The OpenAPI 3.0 definition of this service, built from the catalogue so that each collection's items path lists
/// its own queryable properties, as OGC API - Features Part 1 recommends.
/// </summary>
internal static class OpenApiDocument
{
    public static JsonObject Build(string serverUrl, IReadOnlyList<LayerMetadata> layers, ApiOptions api)
    {
        var paths = new JsonObject
        {
            ["/"] = Get("getLandingPage", "Landing page", "Capabilities", [Ref("f-landing")], Json("The landing page")),
            ["/conformance"] = Get("getConformance", "Conformance classes", "Capabilities", [Ref("f-page")], Json("The conformance declaration")),
            ["/api"] = Get("getApi", "This API definition", "Capabilities", [], Json("The OpenAPI document")),
            ["/collections"] = Get("getCollections", "The published layers", "Data", [Ref("f-page")], Json("The collections")),
        };
        foreach (var layer in layers)
        {
            List<JsonNode> parameters = [Ref("bbox"), Ref("limit"), Ref("offset"), Ref("f"), Ref("zoom"), .. FilterParameters.OpenApiParameters(), .. OutputParameters(withBboxCrs: true)];
            foreach (var property in layer.Properties.Where(p => p.Queryable))
            {
                parameters.Add(new JsonObject
                {
                    ["name"] = property.Name,
                    ["in"] = "query",
                    ["required"] = false,
                    ["description"] = $"Only features whose {property.Name} equals this value. {property.Description}".Trim(),
                    ["schema"] = new JsonObject { ["type"] = SchemaType(property.Type) },
                });
            }

            var prefix = $"/collections/{layer.Id}";
            paths[prefix] = Get($"describe-{layer.Id}", layer.Title, "Data", [Ref("f-page")], Json("The collection"));
            paths[$"{prefix}/queryables"] = Get($"queryables-{layer.Id}", $"{layer.Title}: queryable properties", "Data", [Ref("f-page")], Content("JSON Schema of the queryable properties", MediaTypes.JsonSchema));
            paths[$"{prefix}/items"] = Get($"items-{layer.Id}", $"{layer.Title}: features", "Data", parameters, GeoJson("The features"));
            paths[$"{prefix}/items/{{featureId}}"] = Get(
                $"item-{layer.Id}", $"{layer.Title}: one feature", "Data",
                [new JsonObject { ["name"] = "featureId", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }, Ref("f"), .. OutputParameters(withBboxCrs: false)],
                GeoJson("The feature"));
            paths[$"{prefix}/tiles"] = Get($"tilesets-{layer.Id}", $"{layer.Title}: vector tilesets", "Tiles", [], Json("The tilesets (OGC API - Tiles)"));
            paths[$"{prefix}/tiles/WebMercatorQuad"] = Get($"tileset-{layer.Id}", $"{layer.Title}: the Web Mercator tileset (also TileJSON 3.0)", "Tiles", [], Json("The tileset"));
            paths[$"{prefix}/tiles/{{z}}/{{x}}/{{y}}"] = Get(
                $"tile-xyz-{layer.Id}", $"{layer.Title}: one vector tile (XYZ; y may end in .mvt or .pbf)", "Tiles",
                [PathInteger("z", "zoom, 0-22"), PathInteger("x", "column, 0 to 2^z-1"), PathString("y", "row, 0 to 2^z-1 (from the north), optionally with .mvt or .pbf")],
                VectorTile());
            paths[$"{prefix}/tiles/WebMercatorQuad/{{tileMatrix}}/{{tileRow}}/{{tileCol}}"] = Get(
                $"tile-{layer.Id}", $"{layer.Title}: one vector tile (OGC API - Tiles: row before column)", "Tiles",
                [PathInteger("tileMatrix", "zoom, 0-22"), PathInteger("tileRow", "row (y), 0 to 2^z-1 from the north"), PathInteger("tileCol", "column (x), 0 to 2^z-1")],
                VectorTile());
        }

        AddAnalysis(paths);
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "OpportunityMap",
                ["version"] = "1.0.0",
                ["description"] = "OGC API - Features for Charlotte-Mecklenburg: 1935 redlining, mobility today, neighborhood resources.",
                ["license"] = new JsonObject { ["name"] = "MIT (code); each collection names its data licence" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["parameters"] = new JsonObject
                {
                    ["bbox"] = new JsonObject
                    {
                        ["name"] = "bbox", ["in"] = "query", ["required"] = false, ["style"] = "form", ["explode"] = false,
                        ["description"] = "minLon,minLat,maxLon,maxLat in CRS84; features that intersect it (edges count).",
                        ["schema"] = new JsonObject { ["type"] = "array", ["minItems"] = 4, ["maxItems"] = 6, ["items"] = new JsonObject { ["type"] = "number" } },
                    },
                    ["limit"] = new JsonObject
                    {
                        ["name"] = "limit", ["in"] = "query", ["required"] = false, ["style"] = "form", ["explode"] = false,
                        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = api.MaxLimit, ["default"] = api.DefaultLimit },
                    },
                    ["offset"] = new JsonObject
                    {
                        ["name"] = "offset", ["in"] = "query", ["required"] = false,
                        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = ItemsRequest.MaxOffset, ["default"] = 0 },
                    },
                    ["f"] = new JsonObject
                    {
                        ["name"] = "f", ["in"] = "query", ["required"] = false,
                        ["description"] = "json or geojson (GeoJSON), csv (one page as CSV with a WKT geometry column), or html (a page to read)",
                        ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("json", "geojson", "csv", "html") },
                    },
                    ["crs"] = CrsParameter("crs", "The CRS of the output coordinates (OGC API - Features Part 2); the response's Content-Crs header names it. EPSG:4326 is lat,lon."),
                    ["bbox-crs"] = CrsParameter("bbox-crs", "The CRS of bbox (OGC API - Features Part 2). In EPSG:4326 the order is minLat,minLon,maxLat,maxLon; a projected box is covered by its lon/lat envelope."),
                    ["precision"] = new JsonObject
                    {
                        ["name"] = "precision", ["in"] = "query", ["required"] = false,
                        ["description"] = "Decimals of each coordinate (rounded half away from zero); default: full precision.",
                        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = FeatureOutput.MaxPrecision },
                    },
                    ["properties"] = new JsonObject
                    {
                        ["name"] = "properties", ["in"] = "query", ["required"] = false, ["style"] = "form", ["explode"] = false,
                        ["description"] = "Only these properties, in this order (empty: none). An unknown name is a 400.",
                        ["schema"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                    },
                    ["f-page"] = new JsonObject
                    {
                        ["name"] = "f", ["in"] = "query", ["required"] = false,
                        ["description"] = "json, or html for a page to read (also chosen by Accept: text/html)",
                        ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("json", "html") },
                    },
                    ["zoom"] = new JsonObject
                    {
                        ["name"] = "zoom", ["in"] = "query", ["required"] = false,
                        ["description"] = "Geometry simplified for display at this Web Mercator zoom (0-14: half a pixel of tolerance, " +
                            "neighbours keep their shared borders; 15-22: as imported). bbox and filters still test the imported geometry.",
                        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = ItemsRequest.MaxZoom },
                    },
                    ["f-landing"] = new JsonObject
                    {
                        ["name"] = "f", ["in"] = "query", ["required"] = false,
                        ["description"] = "json for this document, html for the map",
                        ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("json", "html") },
                    },
                },
                ["schemas"] = new JsonObject
                {
                    ["problem"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "RFC 9457 problem details",
                        ["properties"] = new JsonObject
                        {
                            ["type"] = new JsonObject { ["type"] = "string" },
                            ["title"] = new JsonObject { ["type"] = "string" },
                            ["status"] = new JsonObject { ["type"] = "integer" },
                            ["detail"] = new JsonObject { ["type"] = "string" },
                            ["errors"] = new JsonObject { ["type"] = "object" },
                        },
                    },
                },
            },
        };
    }

    public static void WriteTo(this JsonObject document, Utf8JsonWriter writer) => document.WriteTo(writer, null);

    private static JsonObject Get(string operationId, string summary, string tag, IEnumerable<JsonNode> parameters, JsonObject okResponse) => new()
    {
        ["get"] = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = summary,
            ["tags"] = new JsonArray(tag),
            ["parameters"] = new JsonArray([.. parameters]),
            ["responses"] = new JsonObject
            {
                ["200"] = okResponse,
                ["400"] = Problem("Invalid parameters"),
                ["404"] = Problem("Not found"),
                ["503"] = Problem("The data store is unavailable; retry after the Retry-After header's delay"),
            },
        },
    };

    // Area summaries, the 1935 report and the downloads (docs/analysis.md).
    private static void AddAnalysis(JsonObject paths)
    {
        JsonObject Query(string name, string description, bool required = false) =>
            new() { ["name"] = name, ["in"] = "query", ["required"] = required, ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } };
        var format = Query("f", "json (default) or csv");
        var summary = Get("summary", "Summary of a named ZIP, tract, neighborhood or HOLC area", "Analysis",
            [Query("layer", "zip-mobility, tract-mobility, neighborhoods or redlining-1935", true), Query("id", "The feature id", true), format],
            Json("Area, 1935 grade mix, mobility, resources, neighborhood metrics, sources"));
        var post = Get("summary-post", "Summary of a GeoJSON Polygon or MultiPolygon (lon/lat)", "Analysis", [format.DeepClone()],
            Json("As the GET summary; input.repaired says whether the polygon was repaired"))["get"]!.AsObject();
        post.Remove("operationId");
        post["operationId"] = "summary-post";
        post["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject { [MediaTypes.GeoJson] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
        };
        post["responses"]!["415"] = Problem("The body is not application/geo+json or application/json");
        summary["post"] = post.DeepClone();
        paths["/api/summary"] = summary;
        paths["/api/report/holc-vs-today"] = Get("report-holc-vs-today", "For each 1935 grade and the ungraded rest: mobility, resource access, counts", "Analysis",
            [format.DeepClone()], Json("A row per grade"));
        paths["/downloads/{file}"] = Get("download", "A whole layer: {collectionId}.geojson, .csv, .gpkg, or .LICENSE.txt", "Data",
            [new JsonObject { ["name"] = "file", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }],
            Content("The file", "application/octet-stream"));
    }

    private static IEnumerable<JsonNode> OutputParameters(bool withBboxCrs) =>
        withBboxCrs ? [Ref("crs"), Ref("bbox-crs"), Ref("precision"), Ref("properties")] : [Ref("crs"), Ref("precision"), Ref("properties")];

    private static JsonObject CrsParameter(string name, string description) => new()
    {
        ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description,
        ["schema"] = new JsonObject
        {
            ["type"] = "string", ["format"] = "uri", ["default"] = OutputCrs.Crs84.Uri,
            ["enum"] = new JsonArray([.. OutputCrs.All.Select(c => (JsonNode)c.Uri)]),
        },
    };

    private static JsonObject PathInteger(string name, string description) => new()
    {
        ["name"] = name, ["in"] = "path", ["required"] = true, ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
    };

    private static JsonObject PathString(string name, string description) => new()
    {
        ["name"] = name, ["in"] = "path", ["required"] = true, ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.(mvt|pbf))?$" },
    };

    private static JsonObject VectorTile() => new()
    {
        ["description"] = "A Mapbox Vector Tile (2.1): one layer named after the collection, extent 4096; an empty body when no feature reaches the tile",
        ["content"] = new JsonObject { [MediaTypes.MapboxVectorTile] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["format"] = "binary" } } },
    };

    private static JsonObject Ref(string parameter) => new() { ["$ref"] = $"#/components/parameters/{parameter}" };

    private static JsonObject Json(string description) => Content(description, MediaTypes.Json);

    private static JsonObject GeoJson(string description) => Content(description, MediaTypes.GeoJson);

    private static JsonObject Content(string description, string mediaType) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
    };

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [MediaTypes.ProblemJson] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/problem" } } },
    };

    private static string SchemaType(PropertyType type) => type switch
    {
        PropertyType.Integer => "integer",
        PropertyType.Number => "number",
        PropertyType.Boolean => "boolean",
        PropertyType.Json => "object",
        _ => "string",
    };
}
