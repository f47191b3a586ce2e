namespace OpportunityMap.Server.Sharing;

/// <summary>The embeddable view (/embed) and its oEmbed description (/oembed).</summary>
internal static class EmbedEndpoints
{
    // oEmbed's size when the consumer sets no maximum.
    private const int DefaultWidth = 640;
    private const int DefaultHeight = 480;

    // A view's embed code changes only when the site does; a day lets consumers cache it.
    private const int CacheAgeSeconds = 86_400;

    public static IEndpointRouteBuilder MapEmbed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/embed", GetEmbed)
            .WithName("embed")
            .WithSummary("A chrome-less map of the view in the query string, for iframes")
            .WithDescription("Any site may frame it. Its <title>, description, og:image (/map.png of the view) and oEmbed discovery link are filled on the server.")
            .WithTags("Map")
            .WithParameters(ViewParameters.Embed)
            .Returns("The embed page", MediaTypes.Html);
        app.MapGet("/oembed", GetOEmbed)
            .WithName("oembed")
            .WithSummary("oEmbed 1.0 (rich) for a map view of this site")
            .WithTags("Map")
            .WithParameters(
                ApiParameter.Query("url", "A map view of this site: its / or /embed URL with the view's parameters", ApiSchema.String(), required: true),
                ApiParameter.Query("maxwidth", "The most width the consumer can show, in pixels", ApiSchema.Integer(1, OEmbedRequest.MaxSize)),
                ApiParameter.Query("maxheight", "The most height the consumer can show, in pixels", ApiSchema.Integer(1, OEmbedRequest.MaxSize)),
                ApiParameter.Query("format", "Only json (anything else is 501)", ApiSchema.Enum(["json"], "json")))
            .Returns("The oEmbed response: an <iframe> of the embed, its size and a thumbnail (/map.png)", MediaTypes.Json)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetEmbed(
        HttpRequest request, IWebHostEnvironment environment, DataGeneration generation, CancellationToken cancellationToken)
    {
        var view = ViewState.Parse(request.Query);
        var root = RequestUrls.Base(request);
        var embedUrl = $"{root}/embed{view.Suffix}";
        var city = await ViewCity.FindAsync(generation, view, cancellationToken);
        var html = await EmbedPage.RenderEmbedAsync(environment.WebRootFileProvider, new Dictionary<string, string>
        {
            ["lang"] = view.Lang,
            ["title"] = view.DisplayTitleIn(city is null ? null : ViewCity.Name(city)),
            ["url"] = embedUrl,
            ["mapUrl"] = $"{root}/{view.Suffix}",
            ["image"] = $"{root}/map.png{view.Suffix}",
            ["oembed"] = OEmbedUrl(root, embedUrl),
            ["fullMap"] = Strings.For(view.Lang).Text("embed.fullMap"),
        }, cancellationToken);
        return html is null
            ? TypedResults.Problem(OEmbedMessages.EmbedMissing, statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The oEmbed discovery address of the page at <paramref name="pageUrl"/>.</summary>
    public static string OEmbedUrl(string root, string pageUrl) => $"{root}/oembed?url={Uri.EscapeDataString(pageUrl)}&format=json";

    private static async Task<Results<JsonDocumentResult, ProblemHttpResult, ValidationProblem>> GetOEmbed(
        HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        switch (OEmbedRequest.TryParse(request, out var parsed, out var errors))
        {
            case OEmbedRequest.Outcome.FormatNotImplemented:
                return TypedResults.Problem(OEmbedMessages.Format, statusCode: StatusCodes.Status501NotImplemented, title: OEmbedMessages.FormatTitle);
            case OEmbedRequest.Outcome.BadParameters:
                return TypedResults.ValidationProblem(errors, ProblemMessages.InvalidParameters);
            case OEmbedRequest.Outcome.NotAMapView:
                return TypedResults.Problem(OEmbedMessages.NotAMapView, statusCode: StatusCodes.Status404NotFound, title: OEmbedMessages.NotAMapViewTitle);
        }

        var (view, maxWidth, maxHeight) = parsed!;
        var width = Math.Min(DefaultWidth, maxWidth ?? DefaultWidth);
        var height = Math.Min(DefaultHeight, maxHeight ?? DefaultHeight);
        var root = RequestUrls.Base(request);
        var sizes = string.Create(CultureInfo.InvariantCulture, $"width={width}&height={height}");
        var city = await ViewCity.FindAsync(generation, view, cancellationToken);
        var title = view.DisplayTitleIn(city is null ? null : ViewCity.Name(city));
        return new JsonDocumentResult(MediaTypes.Json, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("version", "1.0");
            writer.WriteString("type", "rich");
            writer.WriteString("title", title);
            writer.WriteString("provider_name", "OpportunityMap");
            writer.WriteString("provider_url", $"{root}/");
            writer.WriteNumber("cache_age", CacheAgeSeconds);
            writer.WriteString("html", EmbedHtml.Iframe($"{root}/embed{view.Suffix}", title, width, height));
            writer.WriteNumber("width", width);
            writer.WriteNumber("height", height);
            writer.WriteString("thumbnail_url", $"{root}/map.png{(view.Suffix.Length == 0 ? "?" : view.Suffix + "&")}{sizes}");
            writer.WriteNumber("thumbnail_width", width);
            writer.WriteNumber("thumbnail_height", height);
            writer.WriteEndObject();
        });
    }
}
