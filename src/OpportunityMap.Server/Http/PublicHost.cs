using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Primitives;

namespace OpportunityMap.Server.Http;

/// <summary>
/// Which host links name. With <c>Web:PublicBaseUrl</c> set, every request is seen as addressed to it (scheme, host
/// and path base), so no Host header a client sends can reach an absolute link or a cached response. Otherwise
/// links name the request's host, and ASP.NET Core's <c>AllowedHosts</c> (when not <c>*</c>) refuses other hosts,
/// here as a 400 problem (ASP.NET Core's own host filter answers with an HTML page before any middleware, so it is
/// left open and this one applies the same setting).
/// </summary>
internal static class PublicHost
{
    public static IServiceCollection AddPublicHost(this IServiceCollection services, IConfiguration configuration)
    {
        var allowed = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        services.Configure<PublicHostOptions>(options => options.AllowedHosts = [.. allowed.Where(h => h != "*").Select(h => new StringSegment(h))]);
        return services;
    }

    public static IApplicationBuilder UsePublicHost(this IApplicationBuilder app)
    {
        var web = app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(web.PublicBaseUrl))
        {
            var url = Parse(web.PublicBaseUrl);
            var scheme = url.Scheme;
            var host = HostString.FromUriComponent(url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}");
            var pathBase = PathString.FromUriComponent(url.AbsolutePath.TrimEnd('/'));
            return app.Use((context, next) =>
            {
                context.Request.Scheme = scheme;
                context.Request.Host = host;
                context.Request.PathBase = pathBase;
                return next(context);
            });
        }

        var allowed = app.ApplicationServices.GetRequiredService<IOptions<PublicHostOptions>>().Value.AllowedHosts;
        if (allowed.Count == 0)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (!HostString.MatchesAny(context.Request.Host.Host, allowed))
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest, ProblemMessages.HostNotAllowedTitle, ProblemMessages.HostNotAllowed);
                return;
            }

            await next(context);
        });
    }

    private static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0
            ? url
            : throw new OptionsValidationException(WebOptions.SectionName, typeof(WebOptions),
                [$"Web:PublicBaseUrl: '{text}' is not an absolute http or https URL without query or fragment (e.g. https://map.example.org)."]);

    internal sealed class PublicHostOptions
    {
        public IList<StringSegment> AllowedHosts { get; set; } = [];
    }
}
