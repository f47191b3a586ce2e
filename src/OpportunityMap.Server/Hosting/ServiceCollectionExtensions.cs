using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.ResponseCompression;
using OpenTelemetry.Metrics;
using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.FrontEnd;
using OpportunityMap.Server.Nation;
using OpportunityMap.Server.Ogc.Pages;
using OpportunityMap.Server.Resident;
using OpportunityMap.Server.Sharing;
using OpportunityMap.Server.Tiles;

namespace OpportunityMap.Server.Hosting;

internal static class ServiceCollectionExtensions
{
    public const string CorsPolicy = "read-api";

    public static WebApplicationBuilder AddOpportunityMap(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddSettingsFile();
        var services = builder.Services;
        services.AddOptions<GeodataOptions>().BindConfiguration(GeodataOptions.SectionName);
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);
        services.AddOptions<GeocoderOptions>().BindConfiguration(GeocoderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkOptions>().BindConfiguration(WorkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var web = builder.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();

        // Every error is problem details, whatever the client accepts and whoever failed: Kestrel reading a body,
        // a projection, the store (logged once per outage), or an expensive request over its budget.
        AnyAcceptProblemWriter.Register(services);
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.AddExceptionHandler<ClientErrorHandler>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreOutageLog>();
        services.AddSingleton<WorkBudget>();
        builder.ConfigureRequestLimits();
        services.AddPublicHost(builder.Configuration);
        // One data generation at a time (GenerationSource); each request takes one for its whole life.
        services.AddSingleton(sp => GenerationSource.Create(sp, StoreFactory.Create(sp)));
        services.AddSingleton<StoreReloader>();
        services.AddOutputCache(options =>
        {
            var megabytes = builder.Configuration.GetValue($"{CacheOptions.SectionName}:{nameof(CacheOptions.ResponseMegabytes)}", new CacheOptions().ResponseMegabytes);
            options.SizeLimit = Math.Max(1, megabytes) * 1024L * 1024L;
            options.MaximumBodySize = GenerationCachePolicy.MaxBodyBytes;
            // Collection and feature ids are case-sensitive.
            options.UseCaseSensitivePaths = true;
        });
        services.AddApiDefinition();
        services.AddOgcPages();
        services.AddResident();
        services.AddTiles();
        services.AddAnalysis();
        services.AddSharing();
        services.Configure<StaticFileOptions>(FrontEndCaching.Configure);
        services.AddNation();
        services.AddHostedService<NationalHolcBackgroundLoader>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddClientRateLimiting(web);
        services.AddTrustedProxies(web);
        var timeout = builder.Configuration.GetValue($"{ApiOptions.SectionName}:{nameof(ApiOptions.RequestTimeoutSeconds)}", new ApiOptions().RequestTimeoutSeconds);
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(timeout),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            policy.WithMethods("GET", "HEAD").WithHeaders("Accept", "If-None-Match").WithExposedHeaders("ETag", "Content-Crs");
            var origins = web.CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            _ = origins is ["*"] ? policy.AllowAnyOrigin() : policy.WithOrigins(origins);
        }));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, MediaTypes.GeoJson, MediaTypes.ProblemJson, MediaTypes.MapboxVectorTile, "application/vnd.oai.openapi+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery |
                HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        // The ASP.NET Core and Kestrel meters (request durations, active requests, connections, rate-limit
        // rejections), exposed for Prometheus at /metrics.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
                "Microsoft.AspNetCore.Diagnostics", "System.Net.Http", "OpportunityMap")
            .AddPrometheusExporter());
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            // Escape <, >, & and quotes, so text echoed from a request can never be read as markup.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
        });
        return builder;
    }
}
