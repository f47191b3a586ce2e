namespace OpportunityMap.Server.Http;

/// <summary>The problem details every feature answers with (RFC 9457), so each reads the same everywhere.</summary>
internal static class Problems
{
    public static ProblemHttpResult CollectionNotFound(string collectionId) => TypedResults.Problem(
        string.Format(CultureInfo.InvariantCulture, ProblemMessages.CollectionNotFound, collectionId),
        statusCode: StatusCodes.Status404NotFound,
        title: ProblemMessages.CollectionNotFoundTitle);

    public static ProblemHttpResult FeatureNotFound(string collectionId, string featureId) => TypedResults.Problem(
        string.Format(CultureInfo.InvariantCulture, ProblemMessages.FeatureNotFound, collectionId, featureId),
        statusCode: StatusCodes.Status404NotFound,
        title: ProblemMessages.FeatureNotFoundTitle);

    /// <summary>A 400 validation problem keyed by the parameter's name.</summary>
    public static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, ProblemMessages.InvalidParameters);
}
