namespace OpportunityMap.Server.Resident;

// The /api/card body (docs/api.md, Card). Records only; CardBuilder fills them.

internal sealed record Card(
    double Lon, double Lat, string Lang, string Units, bool InCounty, IReadOnlyDictionary<string, string> Labels,
    HolcSection? Holc, ZipSection? Zip, TractSection? Tract, NeighborhoodSection? Neighborhood,
    IReadOnlyList<NearestResource> Nearest, IReadOnlyList<CardSource> Sources)
{
    /// <summary>The ZIP code's economic connectedness (Social Capital Atlas); null outside the layer.</summary>
    public SocialCapitalSection? SocialCapital { get; init; }
}

internal sealed record HolcSection(
    string Id, string? Grade, string? Category, string? CategoryLabel, string? Fill, string? City, long? MapYear, string? AreaId,
    HolcDescription Description, string ContentNote);

internal sealed record HolcDescription(
    string? ClarifyingRemarks, string? FavorableInfluences, string? DetrimentalInfluences, string? InhabitantsOccupation,
    string? TrendOfDesirability);

internal sealed record ZipSection(
    string Zipcode, string? PostOfficeCity, double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25,
    double? KirRankP25, long? Rank, long? ZipCount, string? RankDisplay, long? TractsBlended, AreaOutcomes County, AreaOutcomes? National);

internal sealed record AreaOutcomes(double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25, double? KirRankP25);

internal sealed record TractSection(
    string Geoid, string? Name, double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25, double? KirRankP25,
    long? KidPooledN, bool? Suppressed);

internal sealed record NeighborhoodSection(string Id, string Label, IReadOnlyList<NeighborhoodMetric> Metrics, HolcShares HolcShares);

internal sealed record NeighborhoodMetric(string Name, string Label, double? Value, string? Display, long? Year);

internal sealed record HolcShares(double? A, double? B, double? C, double? D, double? Ungraded);

internal sealed record SocialCapitalSection(
    string Zipcode, double? EconomicConnectedness, double? StandardError, string Display, string Explanation);

internal sealed record NearestResource(
    string Category, string CategoryLabel, string Id, string? Name, string? Type, string? Address, double Lon, double Lat,
    double DistanceMetres, string DistanceDisplay);

internal sealed record CardSource(
    string Layer, string Name, string Url, string Licence, string LicenceUrl, string Attribution, string Vintage);
