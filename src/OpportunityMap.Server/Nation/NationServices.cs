using OpportunityMap.Server.SocialCapital;

namespace OpportunityMap.Server.Nation;

/// <summary>The services of the national tables (benchmarks, every HOLC city) and of the social-capital report.</summary>
internal static class NationServices
{
    public static IServiceCollection AddNation(this IServiceCollection services) => services
        .AddSingleton<NationalData>()
        .AddSingleton<IGenerationWarmup, SocialCapitalEndpoints.Warmup>()
        .AddSingleton<IGenerationWarmup, NationalData.Warmup>();
}
