using System.Globalization;
using Microsoft.Extensions.Options;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>
/// Content negotiation for the OGC resources: <c>f=html</c>, or no <c>f</c> and an Accept header that names
/// text/html (a browser), gets the HTML page of the endpoint, rendered here before the JSON handler would run.
/// Everything else goes on to the JSON handler. The landing page is not filtered: for a browser it is the map.
/// </summary>
internal sealed class HtmlPageFilter(IFeatureStore store, IOptions<ApiOptions> api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!WantsHtml(request))
        {
            return await next(context);
        }

        if (string.IsNullOrEmpty(http.Response.Headers.Vary))
        {
            http.Response.Headers.Vary = "Accept";
        }

        var cancellationToken = http.RequestAborted;
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (endpoint == "conformance")
        {
            return CollectionPages.Conformance(request, ConformanceClasses.All);
        }

        if (endpoint == "collections")
        {
            return CollectionPages.Collections(request, await store.GetLayersAsync(cancellationToken));
        }

        var collectionId = request.RouteValues["collectionId"] as string ?? "";
        var layer = await CollectionsEndpoints.FindLayer(store, collectionId, cancellationToken);
        if (layer is null)
        {
            return CollectionsEndpoints.CollectionNotFound(collectionId);
        }

        switch (endpoint)
        {
            case "collection":
                return CollectionPages.Collection(request, layer);
            case "queryables":
                return CollectionPages.Queryables(request, layer);
            case "items":
            {
                var query = ItemsRequest.Parse(request.Query, layer, api.Value.DefaultLimit, api.Value.MaxLimit, out var errors);
                var output = FeatureOutput.Parse(request.Query, layer, errors);
                if (query is null || output is null)
                {
                    return TypedResults.ValidationProblem(errors, ProblemMessages.InvalidParameters);
                }

                var page = await store.QueryAsync(layer.Id, query, cancellationToken);
                var items = RequestUrls.Items(request, layer.Id);
                var nextPage = query.Offset + page.Features.Count < page.NumberMatched
                    ? items + CollectionsEndpoints.WithOffset(request.Query, query.Offset + query.Limit, query.Limit) : null;
                var previousPage = query.Offset > 0
                    ? items + CollectionsEndpoints.WithOffset(request.Query, Math.Max(0, query.Offset - query.Limit), query.Limit) : null;
                return FeaturePages.Items(request, layer, query, output, page, previousPage, nextPage);
            }

            case "item":
            {
                var errors = new Dictionary<string, string[]>();
                var output = FeatureOutput.Parse(request.Query, layer, errors);
                if (output is null)
                {
                    return TypedResults.ValidationProblem(errors, ProblemMessages.InvalidParameters);
                }

                var featureId = request.RouteValues["featureId"] as string ?? "";
                var feature = featureId.Length > CollectionsEndpoints.MaxIdLength ? null : await store.GetFeatureAsync(layer.Id, featureId, cancellationToken);
                return feature is null
                    ? TypedResults.Problem(
                        string.Format(CultureInfo.InvariantCulture, ProblemMessages.FeatureNotFound, collectionId, featureId),
                        statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.FeatureNotFoundTitle)
                    : FeaturePages.Item(request, layer, feature, output);
            }

            default:
                return await next(context);
        }
    }

    /// <summary>f=html, or no f and an Accept header that names text/html itself (not only through */*).</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        var f = request.Query["f"];
        if (f.Count > 0)
        {
            return f.Count == 1 && string.Equals(f[0], "html", StringComparison.OrdinalIgnoreCase);
        }

        return request.GetTypedHeaders().Accept.Any(a => a.Quality is not 0 && a.MediaType.Equals(MediaTypes.Html, StringComparison.OrdinalIgnoreCase));
    }
}
