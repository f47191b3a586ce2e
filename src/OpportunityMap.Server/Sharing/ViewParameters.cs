using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// The view-state parameters of a map URL (<see cref="ViewState"/>, <see cref="MapImageRequest"/>) as the API definition
/// describes them. A malformed value is never an error: the view falls back to the default.
/// </summary>
internal static class ViewParameters
{
    private static readonly string DefaultLayers = string.Join(',', MapStyle.DefaultLayers);

    /// <summary>What <c>/embed</c> reads (and passes on to the page).</summary>
    public static OpenApiParameter[] Embed =>
    [
        Lang, Centre, Zoom, Layers, Categories, Opacity, Point,
        ApiParameter.Query("city", "A city of the national 1935 layer to show (a key of /api/holc-cities, e.g. durham-nc)", ApiSchema.String()),
        Title,
    ];

    /// <summary>What <c>/map.png</c> reads.</summary>
    public static OpenApiParameter[] Image =>
    [
        Lang, Centre, Zoom, Layers, Categories, Opacity, Point, Title,
        ApiParameter.Query("width", "Image width in pixels", ApiSchema.Integer(MapImageRequest.MinSize, MapImageRequest.MaxSize, MapImageRequest.DefaultWidth)),
        ApiParameter.Query("height", "Image height in pixels", ApiSchema.Integer(MapImageRequest.MinSize, MapImageRequest.MaxSize, MapImageRequest.DefaultHeight)),
    ];

    private static OpenApiParameter Lang => ApiParameter.Query("lang", "The language of the text", ApiSchema.Enum(["en", "es"], "en"));

    private static OpenApiParameter Centre => ApiParameter.Query("c",
        string.Create(CultureInfo.InvariantCulture, $"The map's centre as lat,lon (default {ViewState.DefaultLat},{ViewState.DefaultLon})"),
        ApiSchema.String());

    private static OpenApiParameter Zoom =>
        ApiParameter.Query("z", "The Web Mercator zoom", ApiSchema.Integer(0, ViewState.MaxZoom, ViewState.DefaultZoom));

    private static OpenApiParameter Layers => ApiParameter.Query("layers",
        $"The layers shown, comma-separated collection ids, or none (default {DefaultLayers})", ApiSchema.String());

    private static OpenApiParameter Categories => ApiParameter.Query("cats",
        "The resource categories shown, comma-separated (default: all)", ApiSchema.String());

    private static OpenApiParameter Opacity => ApiParameter.Query("opacity",
        string.Create(CultureInfo.InvariantCulture, $"The 1935 layer's fill opacity, 0 to 1 (default {ViewState.DefaultOpacity})"),
        ApiSchema.Number(0, 1));

    private static OpenApiParameter Point => ApiParameter.Query("pt", "The point whose card is open, as lat,lon", ApiSchema.String());

    private static OpenApiParameter Title => ApiParameter.Query("title",
        $"The view's title (at most {ViewState.MaxTitleLength} characters; default: made of the layers' names)", ApiSchema.String());
}
