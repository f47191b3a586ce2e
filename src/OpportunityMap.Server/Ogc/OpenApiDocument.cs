using System.Text.Json;
using System.Text.Json.Nodes;
using OpportunityMap.Core.Layers;
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
            ["/conformance"] = Get("getConformance", "Conformance classes", "Capabilities", [], Json("The conformance declaration")),
            ["/api"] = Get("getApi", "This API definition", "Capabilities", [], Json("The OpenAPI document")),
            ["/collections"] = Get("getCollections", "The published layers", "Data", [], Json("The collections")),
        };
        foreach (var layer in layers)
        {
            var parameters = new List<JsonNode> { Ref("bbox"), Ref("limit"), Ref("offset"), Ref("f"), Ref("zoom") };
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
            paths[prefix] = Get($"describe-{layer.Id}", layer.Title, "Data", [], Json("The collection"));
            paths[$"{prefix}/queryables"] = Get($"queryables-{layer.Id}", $"{layer.Title}: queryable properties", "Data", [], Content("JSON Schema of the queryable properties", MediaTypes.JsonSchema));
            paths[$"{prefix}/items"] = Get($"items-{layer.Id}", $"{layer.Title}: features", "Data", parameters, GeoJson("The features"));
            paths[$"{prefix}/items/{{featureId}}"] = Get(
                $"item-{layer.Id}", $"{layer.Title}: one feature", "Data",
                [new JsonObject { ["name"] = "featureId", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }, Ref("f")],
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
                        ["description"] = "json or geojson (GeoJSON), or csv (one page as CSV with a WKT geometry column)",
                        ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("json", "geojson", "csv") },
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
