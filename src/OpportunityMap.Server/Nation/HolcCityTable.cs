using OpportunityMap.Core.Nation;
using OpportunityMap.Ingest.National;

namespace OpportunityMap.Server.Nation;

/// <summary>
/// Every HOLC city's mobility by grade, with the table's sources, and each city's key on the map (the national
/// layer's <c>city_key</c>; none when the generation has no national layer or the layer has no such city).
/// </summary>
internal sealed record HolcCityTable(NationalTable Table, HolcCityReport Report, IReadOnlyDictionary<string, string> MapKeys)
{
    /// <summary>The city's key on the map, or null.</summary>
    public string? MapKey(HolcCityGrades city) => MapKeys.GetValueOrDefault(city.CityKey);
}
