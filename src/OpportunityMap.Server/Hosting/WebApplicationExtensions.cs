using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpportunityMap.Server.Admin;
using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.Benchmarks;
using OpportunityMap.Server.Docs;
using OpportunityMap.Server.Downloads;
using OpportunityMap.Server.FrontEnd;
using OpportunityMap.Server.HolcCities;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Server.Resident;
using OpportunityMap.Server.Sharing;
using OpportunityMap.Server.SocialCapital;
using OpportunityMap.Server.Tiles;

namespace OpportunityMap.Server.Hosting;

internal static class WebApplicationExtensions
{
    public static WebApplication UseOpportunityMap(this WebApplication app)
    {
        // Build the store and its first generation now, so a bad data directory stops start-up with its message
        // instead of failing requests.
        app.Services.GetRequiredService<GenerationSource>();

        // First: everything after it (logs, rate limits, links) sees the client behind a trusted proxy.
        app.UseTrustedProxies();
        app.UseHttpLogging();
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Before routing: refused requests cost nothing more, and HEAD is routed as GET.
        app.UsePublicHost();
        app.UseRequestLimits();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseRateLimiter();

        app.UseRequestTimeouts();
        app.UseCors(ServiceCollectionExtensions.CorsPolicy);
        app.UseFrontEndPages();
        app.UseStaticFiles();
        // After routing (the endpoints opt in) and the rate limiter (a cached answer still counts).
        app.UseOutputCache();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).DisableRateLimiting();
        app.MapPrometheusScrapingEndpoint("/metrics").DisableRateLimiting();
        app.MapLanding();
        app.MapApiDefinition();
        app.MapCollections();
        app.MapTiles();
        app.MapMapConfig();
        app.MapMapImage();
        app.MapEmbed();
        app.MapResident();
        app.MapAdmin();
        app.MapAnalysis();
        app.MapDownloads();
        app.MapDocs();
        app.MapHolcCities();
        app.MapBenchmarks();
        app.MapSocialCapital();
        return app;
    }
}
