namespace OpportunityMap.Server.Downloads;

/// <summary>Whole layers as files: GeoJSON, CSV (WKT), GeoPackage, each with its licence, built once per data version.</summary>
internal static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/downloads/{file}", GetDownload).WithName("download").WithTags("Data").AddEndpointFilter<ConditionalGetFilter>().WithWorkBudget()
            .WithSummary("A whole layer: {collectionId}.geojson, .csv, .gpkg, or its .LICENSE.txt")
            .WithDescription("Built once per data version; each collection links its files (rel enclosure) and licence (rel license).")
            .WithParameters(ApiParameter.Path("file", "The collection's id and one of " + string.Join(", ", DownloadFormat.All.Select(f => f.Suffix)),
                ApiSchema.String()))
            .Returns("The file", [.. DownloadFormat.All.Select(f => f.MediaType.Split(';')[0])])
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The download links of a collection (rel enclosure, and license for the licence file).</summary>
    public static IEnumerable<Link> Links(HttpRequest request, LayerMetadata layer) => DownloadFormat.All.Select(format => new Link(
        $"{RequestUrls.Base(request)}/downloads/{Uri.EscapeDataString(layer.Id)}{format.Suffix}",
        format.Suffix == ".LICENSE.txt" ? "license" : "enclosure",
        format.MediaType.Split(';')[0],
        $"{layer.Title}: {format.Title}"));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDownload(
        string file, HttpResponse response, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (DownloadFormat.Parse(file) is not var (collectionId, format) || generation.FindLayer(collectionId) is not { } metadata)
        {
            return TypedResults.Problem(
                string.Format(CultureInfo.InvariantCulture, ProblemMessages.DownloadNotFound, file),
                statusCode: StatusCodes.Status404NotFound,
                title: ProblemMessages.DownloadNotFoundTitle);
        }

        // An artefact of the generation (bounded by its layers and formats), so not kept again by the output cache.
        var bytes = await generation.GetAsync($"download:{file}", async (g, token) =>
            await DownloadFiles.BuildAsync(await g.LayerAsync(metadata.Id, token), format, g.Version, token), cancellationToken);
        if (format.Suffix != ".LICENSE.txt")
        {
            Provenance.AddLinks(response, [metadata]);
        }

        return TypedResults.File(bytes, format.MediaType, format.Suffix == ".LICENSE.txt" ? null : file);
    }
}
