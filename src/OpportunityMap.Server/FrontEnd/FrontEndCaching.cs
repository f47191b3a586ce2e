using Microsoft.Net.Http.Headers;

namespace OpportunityMap.Server.FrontEnd;

/// <summary>
/// How long browsers keep the front end: the built files (wwwroot/dist, named by their content's hash) a year and
/// never asked again; every other static file and every HTML page is checked on each use (no-cache, answered 304
/// from its ETag), so a new deployment shows at once.
/// </summary>
internal static class FrontEndCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    /// <summary>Static files' Cache-Control (UseStaticFiles reads these options).</summary>
    public static void Configure(StaticFileOptions options) => options.OnPrepareResponse = context =>
        context.Context.Response.Headers.CacheControl =
            context.Context.Request.Path.StartsWithSegments("/dist", StringComparison.Ordinal) ? Immutable : Revalidate;

    /// <summary>
    /// Serves the web root's own pages (report.html, api.html; the map and the embed are rendered by their endpoints
    /// through EmbedPage) pointed at the built files, and gives every HTML answer without a Cache-Control no-cache.
    /// </summary>
    public static IApplicationBuilder UseFrontEndPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var type = context.Response.ContentType;
            if (type is not null && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                && !context.Response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                context.Response.Headers.CacheControl = Revalidate;
            }

            return Task.CompletedTask;
        });

        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Value is { } path && path.EndsWith(".html", StringComparison.Ordinal)
            && path.LastIndexOf('/') == 0)
        {
            var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
            var assets = FrontEndAssets.For(environment.WebRootFileProvider);
            var file = environment.WebRootFileProvider.GetFileInfo(path[1..]);
            if (assets.IsBuilt && file.Exists)
            {
                using var reader = new StreamReader(file.CreateReadStream());
                var html = assets.Rewrite(await reader.ReadToEndAsync(context.RequestAborted));
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = Revalidate;
                await context.Response.WriteAsync(html, context.RequestAborted);
                return;
            }
        }

        await next(context);
    });
}
