namespace OpportunityMap.Server.Resident;

/// <summary>One search or geocoder hit as the API sends it (docs/api.md, Search).</summary>
internal sealed record SearchResult(
    string Kind, string? Id, string? Collection, string Label, string Detail, double Lon, double Lat, double[]? Bbox);

/// <summary>The body of /api/search and /api/geocode.</summary>
internal sealed record SearchResponse(IReadOnlyList<SearchResult> Results);
