namespace OpportunityMap.Core.Querying;

/// <summary>
/// The store cannot answer now (its database is unreachable or timed out). The API maps it to 503 with Retry-After.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
