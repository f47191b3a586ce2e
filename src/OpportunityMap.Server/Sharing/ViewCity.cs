using OpportunityMap.Server.HolcCities;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// The HOLC city a view names with <c>city=</c> when it is not Charlotte's own map: the embed's title, the map image's
/// areas, title and sources follow it (issue 16), as the page's city picker does.
/// </summary>
internal static class ViewCity
{
    /// <summary>Charlotte's key, whose areas are the <c>redlining-1935</c> layer itself (the page's DEFAULT_CITY).</summary>
    public const string Default = "charlotte-nc";

    /// <summary>The view's city from the national layer's list, or null for Charlotte, an unknown key or no national layer.</summary>
    public static async Task<HolcCity?> FindAsync(DataGeneration generation, ViewState view, CancellationToken cancellationToken) =>
        view.City is null || view.City == Default
            ? null
            : (await HolcCityCatalog.ForAsync(generation, cancellationToken))?.FirstOrDefault(c => c.Key == view.City);

    /// <summary>"Durham, NC".</summary>
    public static string Name(HolcCity city) => $"{city.City}, {city.State}";
}
