namespace OpportunityMap.Server.Resident;

/// <summary>The published collections the card and search read, and the resource categories in card order.</summary>
internal static class LayerIds
{
    public const string Redlining = "redlining-1935";
    public const string Zips = "zip-mobility";
    public const string Tracts = "tract-mobility";
    public const string Resources = "resources";
    public const string Neighborhoods = "neighborhoods";
    public const string Municipalities = "municipalities";

    public static readonly IReadOnlyList<string> Categories =
        ["school", "library", "park", "hospital", "college", "fire_station", "police_station"];
}
