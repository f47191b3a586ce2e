namespace OpportunityMap.Server.Http;

/// <summary>How an endpoint whose response follows from the data opts into conditional GET and the output cache.</summary>
internal static class GenerationCaching
{
    /// <summary>A strong ETag with 304 (<see cref="ConditionalGetFilter"/>) and the output cache (<see cref="GenerationCachePolicy"/>).</summary>
    public static TBuilder CachedByGeneration<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ConditionalGetFilter>().CacheOutput(policy => policy.AddPolicy<GenerationCachePolicy>());
}
