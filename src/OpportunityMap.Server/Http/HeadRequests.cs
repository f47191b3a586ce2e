namespace OpportunityMap.Server.Http;

/// <summary>
/// HEAD wherever GET is (RFC 9110 §9.3.2): a HEAD request is routed and answered as its GET, with the same status
/// and headers, and the server sends no body (Kestrel discards body writes of a HEAD response). Goes before routing.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    });
}
