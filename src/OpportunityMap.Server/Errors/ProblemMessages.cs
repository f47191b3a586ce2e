namespace OpportunityMap.Server.Errors;

/// <summary>Every message the API sends in problem details, in one place.</summary>
internal static class ProblemMessages
{
    public const string InvalidParameters = "One or more query parameters are invalid.";
    public const string UnknownParameter = "Unknown parameter. This collection accepts: {0}.";
    public const string RepeatedParameter = "The parameter may be given only once.";
    public const string BboxFormat = "bbox must be four numbers: minLon,minLat,maxLon,maxLat (or six with heights).";
    public const string BboxNotNumber = "bbox value number {0} is not a finite number.";
    public const string BboxRange = "bbox longitudes must lie in [-180, 180] and latitudes in [-90, 90].";
    public const string BboxInverted = "bbox is inverted: the minimum {0} is greater than the maximum.";
    public const string LimitRange = "limit must be a whole number from 1 to {0}.";
    public const string OffsetRange = "offset must be a whole number from 0 to {0}.";
    public const string FilterType = "{0} is a {1} property; the value given is not a valid {1}.";
    public const string FormatUnsupported = "f must be one of: {0}.";
    public const string CollectionNotFoundTitle = "Collection not found";
    public const string CollectionNotFound = "There is no collection '{0}'. See /collections for the list.";
    public const string FeatureNotFoundTitle = "Feature not found";
    public const string FeatureNotFound = "Collection '{0}' has no feature '{1}'.";
    public const string StoreUnavailableTitle = "Service temporarily unavailable";
    public const string StoreUnavailable = "The data store cannot be reached right now. Try again shortly.";
    public const string RateLimitedTitle = "Too many requests";
    public const string RateLimited = "This client has sent too many requests. Try again in {0} seconds.";
    public const string AdminKeyTitle = "Not authorised";
    public const string AdminKey = "Send the configured administrative key in the X-Admin-Key header.";
    public const string ReloadFailedTitle = "Reload failed";
    public const string ReloadFailed = "The new data was not loaded: {0}. Still serving data version {1}.";
    public const string IdTooLong = "Ids are at most {0} characters long.";
    public const string NoBodyTitle = "No body expected";
    public const string NoBody = "This endpoint takes no request body.";
    public const string NoNationalLayerTitle = "No national HOLC layer";
    public const string NoNationalLayer = "This deployment does not load the national HOLC layer (redlining-national): its manifest leaves it out.";
}
