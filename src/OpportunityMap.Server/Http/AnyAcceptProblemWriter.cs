namespace OpportunityMap.Server.Http;

/// <summary>
/// Problem details whatever the client accepts. ASP.NET Core's writer declines when the Accept header names no JSON
/// type (a browser asking for an unknown path, say), which left a plain-text 404 or an empty error; this writer,
/// registered after it, writes the same JSON through it as if the client had asked for problem details.
/// </summary>
internal sealed class AnyAcceptProblemWriter(IProblemDetailsWriter framework) : IProblemDetailsWriter
{
    /// <summary>ASP.NET Core's problem details, then this writer after its own.</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddProblemDetails();
        var frameworkWriter = services.Last(d => d.ServiceType == typeof(IProblemDetailsWriter)).ImplementationType
            ?? throw new InvalidOperationException("ASP.NET Core's problem details writer was not registered by type.");
        return services.AddSingleton<IProblemDetailsWriter>(sp =>
            new AnyAcceptProblemWriter((IProblemDetailsWriter)ActivatorUtilities.CreateInstance(sp, frameworkWriter)));
    }

    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var headers = context.HttpContext.Request.Headers;
        var accept = headers.Accept;
        headers.Accept = MediaTypes.ProblemJson;
        try
        {
            await framework.WriteAsync(context);
        }
        finally
        {
            headers.Accept = accept;
        }
    }
}
