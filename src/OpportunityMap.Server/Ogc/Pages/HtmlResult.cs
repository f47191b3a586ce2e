namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>A server-rendered HTML page (UTF-8).</summary>
internal sealed class HtmlResult(string html) : IResult
{
    public string Html => html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
