namespace OpportunityMap.Server.Resident;

/// <summary>The resource categories in the order the card lists the nearest of each (others follow alphabetically).</summary>
internal static class CardCategories
{
    public static readonly IReadOnlyList<string> Order =
        ["school", "library", "park", "hospital", "college", "fire_station", "police_station"];
}
