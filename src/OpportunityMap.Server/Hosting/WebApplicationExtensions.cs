using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Endpoints;

namespace OpportunityMap.Server.Hosting;

internal static class WebApplicationExtensions
{
    public static WebApplication UseOpportunityMap(this WebApplication app)
    {
        // Build the store now, so a bad data directory stops start-up with its message instead of failing requests.
        app.Services.GetRequiredService<IFeatureStore>();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.MapLanding();
        app.MapCollections();
        app.MapMapConfig();
        return app;
    }
}
