namespace OpportunityMap.Server.Resident;

/// <summary>One search or geocoder hit as the API sends it (docs/api.md, Search).</summary>
internal sealed record SearchResult(
    string Kind, string? Id, string? Collection, string Label, string Detail, double Lon, double Lat, double[]? Bbox)
{
    /// <summary>The other name the query matched ("Biddleville" for 1935 area D6), when it was not the label.</summary>
    public string? Match { get; init; }
}

/// <summary>The body of /api/search and /api/geocode.</summary>
internal sealed record SearchResponse(IReadOnlyList<SearchResult> Results);
