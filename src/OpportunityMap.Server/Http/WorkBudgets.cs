namespace OpportunityMap.Server.Http;

/// <summary>How an expensive endpoint opts into the <see cref="WorkBudget"/>.</summary>
internal static class WorkBudgets
{
    /// <summary>Runs the endpoint within the work budget: a turn among the expensive requests, and a time limit.</summary>
    public static TBuilder WithWorkBudget<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        // One budget for every expensive endpoint, so that a summary and a map image share the same cores.
        builder.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<WorkBudget>().InvokeAsync(context, next));
}
