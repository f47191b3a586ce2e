namespace OpportunityMap.Server.Resident;

/// <summary>What a resident asks of a place: the "then and now" card, search and address geocoding (docs/api.md).</summary>
internal static class ResidentEndpoints
{
    private static readonly OpenApiParameter Language =
        ApiParameter.Query("lang", "The language of the text", ApiSchema.Enum(Strings.Languages, Strings.English));

    private static readonly OpenApiParameter[] SearchParameters =
    [
        ApiParameter.Query("q", "What to look for", ApiSchema.String(minLength: 1, maxLength: ResidentRequest.MaxQueryLength), required: true),
        Language,
        ApiParameter.Query("limit", "The most results", ApiSchema.Integer(1, ResidentRequest.MaxLimit, ResidentRequest.DefaultLimit)),
    ];

    public static IServiceCollection AddResident(this IServiceCollection services)
    {
        services.AddSingleton<IGenerationWarmup, ResidentIndex.Warmup>();
        services.AddSingleton<Geocoder>();
        // No retries or redirects to other hosts beyond HttpClient's defaults; Geocoder applies its own timeout.
        services.AddHttpClient(Geocoder.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }

    public static IEndpointRouteBuilder MapResident(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Resident");
        group.MapGet("/card", GetCard).CachedByGeneration()
            .WithName("card").WithSummary("The 1935 area, ZIP and tract mobility, neighborhood and nearest resources at a point")
            .WithDescription("What a resident reads about a spot, with the sources (docs/api.md).")
            .WithParameters(
                ApiParameter.Query("lon", "Longitude (WGS 84)", ApiSchema.Number(-180, 180), required: true),
                ApiParameter.Query("lat", "Latitude (WGS 84)", ApiSchema.Number(-90, 90), required: true),
                Language,
                ApiParameter.Query("units", "Distances in metric or imperial units; default imperial in English, metric in Spanish",
                    ApiSchema.Enum([DistanceDisplay.Metric, DistanceDisplay.Imperial])));
        group.MapGet("/card/{collection}/{id}", GetPlaceCard).CachedByGeneration()
            .WithName("place-card").WithSummary("The card of one place: a ZIP, tract, neighborhood, town, 1935 area or resource")
            .WithDescription("The place itself (a search result's collection and id), not a point inside it: its own figures, "
                + "what contains its centre on the other layers, and the 1935 areas it overlaps (docs/api.md).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithParameters(
                ApiParameter.Path("collection", "A searchable collection (a search result's collection)", ApiSchema.String(minLength: 1, maxLength: 64)),
                ApiParameter.Path("id", "The feature's id (a search result's id)", ApiSchema.String(minLength: 1, maxLength: 128)),
                Language,
                ApiParameter.Query("units", "Distances in metric or imperial units; default imperial in English, metric in Spanish",
                    ApiSchema.Enum([DistanceDisplay.Metric, DistanceDisplay.Imperial])));
        group.MapGet("/search", GetSearch).CachedByGeneration()
            .WithName("search").WithSummary("ZIP codes, towns, 1935 areas, neighborhoods, tracts and resources by name")
            .WithDescription("Accent- and case-insensitive, best matches first.")
            .WithParameters(SearchParameters);
        group.MapGet("/geocode", GetGeocode).WithName("geocode").WithSummary("Addresses, through the configured geocoder")
            .WithDescription("Only when Geocoder:Url is set (map-config says so: geocoder); otherwise 404.")
            .WithParameters(SearchParameters)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        return app;
    }

    private static async Task<Results<Ok<Card>, ValidationProblem>> GetCard(
        HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        var parameters = new ResidentRequest(request.Query);
        var lon = parameters.Coordinate("lon", 180);
        var lat = parameters.Coordinate("lat", 90);
        var lang = parameters.Language();
        var units = parameters.Units(lang);
        if (parameters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parameters.Errors, ProblemMessages.InvalidParameters);
        }

        var index = await ResidentIndex.ForAsync(generation, cancellationToken);
        var builder = new CardBuilder(generation.Store, index, DataGeneration.Projection, Strings.For(lang), units);
        return TypedResults.Ok(await builder.BuildAsync(lon, lat, cancellationToken));
    }

    private static async Task<Results<Ok<Card>, ValidationProblem, ProblemHttpResult>> GetPlaceCard(
        string collection, string id, HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        var parameters = new ResidentRequest(request.Query);
        var lang = parameters.Language();
        var units = parameters.Units(lang);
        if (parameters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parameters.Errors, ProblemMessages.InvalidParameters);
        }

        var index = await ResidentIndex.ForAsync(generation, cancellationToken);
        if (!SearchEntries.Indexes(collection) || !index.Layers.ContainsKey(collection)
            || await generation.Store.GetFeatureAsync(collection, id, cancellationToken) is not { } feature)
        {
            return TypedResults.Problem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.NoSuchPlace, collection, id),
                statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.NoSuchPlaceTitle);
        }

        var builder = new CardBuilder(generation.Store, index, DataGeneration.Projection, Strings.For(lang), units);
        return TypedResults.Ok(await builder.BuildForPlaceAsync(collection, feature, cancellationToken));
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> GetSearch(
        HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        var parameters = new ResidentRequest(request.Query);
        var q = parameters.SearchQuery();
        var lang = parameters.Language();
        var limit = parameters.Limit();
        if (parameters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parameters.Errors, ProblemMessages.InvalidParameters);
        }

        var index = await ResidentIndex.ForAsync(generation, cancellationToken);
        return TypedResults.Ok(new SearchResponse(index.Search(q, lang, limit)));
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> GetGeocode(
        HttpRequest request, Geocoder geocoder, CancellationToken cancellationToken)
    {
        var parameters = new ResidentRequest(request.Query);
        var q = parameters.SearchQuery();
        parameters.Language();
        var limit = parameters.Limit();
        if (parameters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parameters.Errors, ProblemMessages.InvalidParameters);
        }

        if (!geocoder.Enabled)
        {
            return TypedResults.Problem(ProblemMessages.NoGeocoder, statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.NoGeocoderTitle);
        }

        try
        {
            return TypedResults.Ok(new SearchResponse(await geocoder.GeocodeAsync(q, limit, cancellationToken)));
        }
        catch (TimeoutException)
        {
            return BadGateway(string.Format(CultureInfo.InvariantCulture, ProblemMessages.GeocoderTimeout, geocoder.TimeoutSeconds));
        }
        catch (GeocoderException e)
        {
            return BadGateway(string.Format(CultureInfo.InvariantCulture, ProblemMessages.GeocoderFailed, e.Message));
        }
    }

    private static ProblemHttpResult BadGateway(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status502BadGateway, title: ProblemMessages.GeocoderFailedTitle);
}
