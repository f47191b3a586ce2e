using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Errors;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Hosting;

internal static class ServiceCollectionExtensions
{
    public static WebApplicationBuilder AddOpportunityMap(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GeodataOptions>().BindConfiguration(GeodataOptions.SectionName);
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);

        services.AddProblemDetails();
        services.AddExceptionHandler<StoreUnavailableHandler>();
        services.AddSingleton<IFeatureStore>(StoreFactory.Create);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        return builder;
    }
}
