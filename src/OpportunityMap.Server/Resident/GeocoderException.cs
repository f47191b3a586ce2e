namespace OpportunityMap.Server.Resident;

/// <summary>The geocoder failed or answered something unreadable; the API answers 502.</summary>
internal sealed class GeocoderException(string problem) : Exception(problem);
