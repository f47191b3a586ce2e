using System.Security.Cryptography;

namespace OpportunityMap.Server.Admin;

/// <summary><c>POST /admin/reload</c>: re-import the reference data. Mapped only when <c>Admin:Key</c> is set.</summary>
internal static class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var key = app.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(AdminOptions.SectionName).Get<AdminOptions>()?.Key;
        if (string.IsNullOrEmpty(key))
        {
            return app;
        }

        var expected = Encoding.UTF8.GetBytes(key);
        app.MapPost("/admin/reload", async Task<Results<Ok<StoreReloader.ReloadOutcome>, ProblemHttpResult>> (
                HttpRequest request, StoreReloader reloader, CancellationToken cancellationToken) =>
            {
                var given = Encoding.UTF8.GetBytes(request.Headers[KeyHeader].ToString());
                if (!CryptographicOperations.FixedTimeEquals(given, expected))
                {
                    return TypedResults.Problem(ProblemMessages.AdminKey, statusCode: StatusCodes.Status401Unauthorized, title: ProblemMessages.AdminKeyTitle);
                }

                if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
                {
                    return TypedResults.Problem(ProblemMessages.NoBody, statusCode: StatusCodes.Status413PayloadTooLarge, title: ProblemMessages.NoBodyTitle);
                }

                var outcome = await reloader.ReloadAsync(cancellationToken);
                return outcome.Reloaded
                    ? TypedResults.Ok(outcome)
                    : TypedResults.Problem(
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, ProblemMessages.ReloadFailed, outcome.Error, outcome.DataVersion),
                        statusCode: StatusCodes.Status422UnprocessableEntity,
                        title: ProblemMessages.ReloadFailedTitle);
            })
            .WithName("reload")
            .WithSummary("Re-import the reference data; the old data stays served if the new data is bad")
            .WithTags("Admin")
            // An operator's call, off unless Admin:Key is set: not part of the public API.
            .ExcludeFromDescription();
        return app;
    }
}
