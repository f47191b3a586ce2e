using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Downloads;
using OpportunityMap.Server.Hosting;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.Downloads;

/// <summary>Whole layers as files: GeoJSON, CSV (WKT), GeoPackage, each with its licence, built once per data version.</summary>
internal static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/downloads/{file}", GetDownload).WithName("download").WithTags("Data").AddEndpointFilter<ConditionalGetFilter>()
            .WithSummary("A whole layer: {collectionId}.geojson, .csv, .gpkg, or its .LICENSE.txt");
        return app;
    }

    /// <summary>The download links of a collection (rel enclosure, and license for the licence file).</summary>
    public static IEnumerable<Link> Links(HttpRequest request, LayerMetadata layer) => DownloadFormat.All.Select(format => new Link(
        $"{RequestUrls.Base(request)}/downloads/{Uri.EscapeDataString(layer.Id)}{format.Suffix}",
        format.Suffix == ".LICENSE.txt" ? "license" : "enclosure",
        format.MediaType.Split(';')[0],
        $"{layer.Title}: {format.Title}"));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDownload(
        string file, IFeatureStore store, DownloadCache cache, CancellationToken cancellationToken)
    {
        var layers = await store.GetLayersAsync(cancellationToken);
        if (DownloadFormat.Parse(file) is not var (collectionId, format) || layers.FirstOrDefault(l => l.Id == collectionId) is not { } metadata)
        {
            return TypedResults.Problem(
                string.Format(CultureInfo.InvariantCulture, ProblemMessages.DownloadNotFound, file),
                statusCode: StatusCodes.Status404NotFound,
                title: ProblemMessages.DownloadNotFoundTitle);
        }

        var version = await store.GetDataVersionAsync(cancellationToken);
        var bytes = await cache.Files.GetAsync(version, file, async token =>
        {
            var page = await store.QueryAsync(metadata.Id, FeatureQuery.All(), token);
            return await DownloadFiles.BuildAsync(new LayerData(metadata, page.Features), format, version, token);
        }, cancellationToken);
        return TypedResults.File(bytes, format.MediaType, format.Suffix == ".LICENSE.txt" ? null : file);
    }
}
