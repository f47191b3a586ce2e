using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Mapbox vector tiles of each collection, in the XYZ form (<c>/tiles/{z}/{x}/{y}</c>, optionally <c>.mvt</c> or
/// <c>.pbf</c>) and the OGC API - Tiles form (<c>/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}</c>: row, that
/// is y, before column), with a tileset document that is also TileJSON 3.0.
/// </summary>
internal static class TilesEndpoints
{
    private const string WebMercatorQuad = "WebMercatorQuad";
    private const string WebMercatorQuadUri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    private const string WebMercatorCrs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    private const string VectorTile =
        "A Mapbox Vector Tile (2.1): one layer named after the collection, extent 4096; an empty body when no feature reaches the tile";

    // The row of an XYZ tile, with or without the suffix (either case) that TileRequest strips.
    private const string TileSuffixPattern = "^[0-9]+(\\.([mM][vV][tT]|[pP][bB][fF]))?$";

    public static IServiceCollection AddTiles(this IServiceCollection services) =>
        services.AddSingleton<IGenerationWarmup, SimplifiedLayers.Warmup>();

    public static IEndpointRouteBuilder MapTiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/collections/{collectionId}/tiles").WithTags("Tiles").CachedByGeneration().ForOneCollection();
        group.MapGet("", GetTilesets)
            .WithName("tilesets")
            .WithSummary("The vector tilesets of a layer")
            .Returns("The tilesets (OGC API - Tiles)", MediaTypes.Json);
        group.MapGet($"/{WebMercatorQuad}", GetTileset)
            .WithName("tileset")
            .WithSummary("The Web Mercator vector tileset of a layer (also TileJSON 3.0)")
            .Returns("The tileset, also a TileJSON 3.0 document", MediaTypes.Json);
        group.MapGet("/{z}/{x}/{y}", GetXyzTile).WithWorkBudget()
            .WithName("tile-xyz")
            .WithSummary("One Mapbox vector tile (XYZ scheme)")
            .WithParameters(
                ApiParameter.Path("z", "Zoom", ApiSchema.Integer(0, TileAddress.MaxZoom)),
                ApiParameter.Path("x", "Column, 0 to 2^z-1 from the west", ApiSchema.Integer(0)),
                ApiParameter.Path("y", "Row, 0 to 2^z-1 from the north, optionally ending in .mvt or .pbf", ApiSchema.String(TileSuffixPattern)))
            .Returns(VectorTile, MediaTypes.MapboxVectorTile);
        group.MapGet($"/{WebMercatorQuad}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", GetOgcTile).WithWorkBudget()
            .WithName("tile")
            .WithSummary("One Mapbox vector tile (OGC API - Tiles: row before column)")
            .WithParameters(
                ApiParameter.Path("tileMatrix", "Zoom", ApiSchema.Integer(0, TileAddress.MaxZoom)),
                ApiParameter.Path("tileRow", "Row (y), 0 to 2^z-1 from the north", ApiSchema.Integer(0)),
                ApiParameter.Path("tileCol", "Column (x), 0 to 2^z-1 from the west", ApiSchema.Integer(0)))
            .Returns(VectorTile, MediaTypes.MapboxVectorTile);
        return app;
    }

    private static Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetXyzTile(
        string collectionId, string z, string x, string y, DataGeneration generation, CancellationToken cancellationToken) =>
        GetTile(collectionId, ("z", z), ("x", x), ("y", y), generation, cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetOgcTile(
        string collectionId, string tileMatrix, string tileRow, string tileCol, DataGeneration generation, CancellationToken cancellationToken) =>
        GetTile(collectionId, ("tileMatrix", tileMatrix), ("tileCol", tileCol), ("tileRow", tileRow), generation, cancellationToken);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetTile(
        string collectionId, (string, string) z, (string, string) x, (string, string) y, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (generation.FindLayer(collectionId) is not { } layer)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        if (TileRequest.Parse(z, x, y, out var errors) is not { } tile)
        {
            return TypedResults.ValidationProblem(errors, ProblemMessages.InvalidTile);
        }

        // A tile no feature reaches is an empty body: a valid tile with no layers, cached like any other.
        var simplified = await SimplifiedLayers.ForZoomAsync(generation, layer, tile.Z, cancellationToken);
        var bytes = VectorTileEncoder.Encode(simplified, tile);
        return TypedResults.File(bytes, MediaTypes.MapboxVectorTile);
    }

    private static Results<JsonDocumentResult, ProblemHttpResult> GetTilesets(string collectionId, HttpRequest request, DataGeneration generation) =>
        Tileset(collectionId, request, generation, (writer, layer, tiles) =>
        {
            writer.WriteStartObject();
            Link.WriteArray(writer, [
                new Link(tiles, "self", MediaTypes.Json, "The vector tilesets"),
                new Link(RequestUrls.Collection(request, layer.Id), "collection", MediaTypes.Json, layer.Title)]);
            writer.WriteStartArray("tilesets");
            writer.WriteStartObject();
            WriteTilesetSummary(writer, layer, tiles);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static Results<JsonDocumentResult, ProblemHttpResult> GetTileset(string collectionId, HttpRequest request, DataGeneration generation) =>
        Tileset(collectionId, request, generation, (writer, layer, tiles) =>
        {
            writer.WriteStartObject();
            WriteTilesetSummary(writer, layer, tiles);
            writer.WriteStartArray("layers");
            writer.WriteStartObject();
            writer.WriteString("id", layer.Id);
            writer.WriteString("dataType", "vector");
            writer.WriteString("geometryType", layer.GeometryType.Contains("Polygon", StringComparison.Ordinal) ? "polygons" : "points");
            writer.WriteEndObject();
            writer.WriteEndArray();

            // TileJSON 3.0, so MapLibre and other TileJSON clients can use this document as a source's url.
            writer.WriteString("tilejson", "3.0.0");
            writer.WriteString("name", layer.Title);
            writer.WriteString("attribution", string.Join("; ", layer.Sources.Select(s => s.Attribution).Distinct()));
            writer.WriteStartArray("tiles");
            writer.WriteStringValue($"{tiles}/{{z}}/{{x}}/{{y}}");
            writer.WriteEndArray();
            writer.WriteNumber("minzoom", 0);
            writer.WriteNumber("maxzoom", TileAddress.MaxZoom);
            writer.WriteStartArray("bounds");
            writer.WriteNumberValue(layer.Extent.MinX);
            writer.WriteNumberValue(layer.Extent.MinY);
            writer.WriteNumberValue(layer.Extent.MaxX);
            writer.WriteNumberValue(layer.Extent.MaxY);
            writer.WriteEndArray();
            WriteVectorLayers(writer, layer);
            writer.WriteEndObject();
        });

    // A tileset document of the collection, or 404 when there is no such collection.
    private static Results<JsonDocumentResult, ProblemHttpResult> Tileset(
        string collectionId, HttpRequest request, DataGeneration generation, Action<System.Text.Json.Utf8JsonWriter, LayerMetadata, string> write)
    {
        if (generation.FindLayer(collectionId) is not { } layer)
        {
            return Problems.CollectionNotFound(collectionId);
        }

        var tiles = RequestUrls.Tiles(request, layer.Id);
        return new JsonDocumentResult(MediaTypes.Json, writer => write(writer, layer, tiles));
    }

    private static void WriteTilesetSummary(Utf8JsonWriter writer, LayerMetadata layer, string tiles)
    {
        writer.WriteString("title", $"{layer.Title} (vector tiles)");
        writer.WriteString("dataType", "vector");
        writer.WriteString("crs", WebMercatorCrs);
        writer.WriteString("tileMatrixSetURI", WebMercatorQuadUri);
        Link.WriteArray(writer, [
            new Link($"{tiles}/{WebMercatorQuad}", "self", MediaTypes.Json, "This tileset (also TileJSON 3.0)"),
            new Link(WebMercatorQuadUri, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", MediaTypes.Json, "WebMercatorQuad"),
            new Link($"{tiles}/{WebMercatorQuad}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", "item", MediaTypes.MapboxVectorTile, "A tile", Templated: true)]);
    }

    private static void WriteVectorLayers(Utf8JsonWriter writer, LayerMetadata layer)
    {
        writer.WriteStartArray("vector_layers");
        writer.WriteStartObject();
        writer.WriteString("id", layer.Id);
        writer.WriteString("description", layer.Description);
        writer.WriteNumber("minzoom", 0);
        writer.WriteNumber("maxzoom", TileAddress.MaxZoom);
        writer.WriteStartObject("fields");
        writer.WriteString(VectorTileEncoder.IdProperty, "String");
        foreach (var property in layer.Properties.Where(p => p.Type != PropertyType.Json))
        {
            writer.WriteString(property.Name, property.Type is PropertyType.String ? "String" : property.Type is PropertyType.Boolean ? "Boolean" : "Number");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
