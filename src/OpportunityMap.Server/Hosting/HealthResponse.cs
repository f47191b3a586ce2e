using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpportunityMap.Server.Hosting;

/// <summary><c>/ready</c> as JSON: the status and, when ready, the data version being served.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var entries = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), detail = e.Value.Description });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks = entries }), context.RequestAborted);
    }
}
