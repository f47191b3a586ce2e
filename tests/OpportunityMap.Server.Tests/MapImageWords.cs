using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Tests;

/// <summary>Every text a map image of the view <c>query</c> draws, in drawing order (MapImage.Words).</summary>
internal static class MapImageWords
{
    public static async Task<IReadOnlyList<string>> DrawnWordsAsync(this RealDataApp app, string query)
    {
        var services = app.Factory.Services;
        var generation = await services.GetRequiredService<GenerationSource>().CurrentAsync(TestContext.Current.CancellationToken);
        var image = await services.GetRequiredService<MapRenderer>()
            .RenderAsync(generation, MapImageRequest.Parse(new QueryCollection(QueryHelpers.ParseQuery(query))), TestContext.Current.CancellationToken);
        return image.Words;
    }
}
