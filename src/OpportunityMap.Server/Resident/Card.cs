namespace OpportunityMap.Server.Resident;

// The /api/card body (docs/api.md, Card). Records only; CardBuilder fills them.

internal sealed record Card(
    double Lon, double Lat, string Lang, string Units, bool InCounty, IReadOnlyDictionary<string, string> Labels,
    HolcSection? Holc, ZipSection? Zip, TractSection? Tract, NeighborhoodSection? Neighborhood,
    IReadOnlyList<NearestResource> Nearest, IReadOnlyList<CardSource> Sources)
{
    /// <summary>The place asked for by collection and id (null for a point): the card is about it, not a spot inside it.</summary>
    public CardPlace? Place { get; init; }

    /// <summary>The 1935 areas the place overlaps, largest share first (an area card that is not itself a 1935 area).</summary>
    public IReadOnlyList<HolcOverlap> HolcAreas { get; init; } = [];

    /// <summary>The ZIP code's economic connectedness (Social Capital Atlas); null outside the layer.</summary>
    public SocialCapitalSection? SocialCapital { get; init; }
}

internal sealed record CardPlace(string Collection, string Id, string Kind, string Title);

internal sealed record HolcOverlap(string Id, string? Grade, string? CategoryLabel, double Share);

internal sealed record HolcSection(
    string Id, string? Grade, string? Category, string? CategoryLabel, string? Fill, string? City, long? MapYear, string? AreaId,
    HolcDescription Description, string ContentNote);

internal sealed record HolcDescription(
    string? ClarifyingRemarks, string? FavorableInfluences, string? DetrimentalInfluences, string? InhabitantsOccupation,
    string? TrendOfDesirability);

internal sealed record ZipSection(
    string Zipcode, string? PostOfficeCity, double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25,
    double? KirRankP25, long? Rank, long? RankLowest, long? ZipCount, string? RankDisplay, long? TractsBlended, double? Children,
    bool TooFewChildren, string ChildrenDisplay, IReadOnlyList<GroupOutcome> ByGroup, AreaOutcomes County, AreaOutcomes? National);

internal sealed record AreaOutcomes(
    double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25, double? KirRankP25, IReadOnlyList<GroupOutcome>? ByGroup = null,
    IReadOnlyList<AtlasEstimate>? Atlas = null);

/// <summary>One group of children's income rank (all, Black, white) with the children behind it and how to read it.</summary>
internal sealed record GroupOutcome(string Group, string Label, double? KirRankP25, double? Children, bool TooFewChildren, string Display);

/// <summary>The Atlas's own county estimate of a group (household income rank, 0-100) with its standard error and 95% interval.</summary>
internal sealed record AtlasEstimate(string Group, string Label, double? Value, double? StandardError, string? Display);

internal sealed record TractSection(
    string Geoid, string? Name, double? HouseholdIncomeP25, string? HouseholdIncomeDisplay, double? Top20ShareP25, double? KirRankP25,
    long? KidPooledN, bool? Suppressed, bool TooFewChildren, string Status, IReadOnlyList<GroupOutcome> ByGroup);

internal sealed record NeighborhoodSection(string Id, string Label, IReadOnlyList<NeighborhoodMetric> Metrics, HolcShares HolcShares);

internal sealed record NeighborhoodMetric(string Name, string Label, double? Value, string? Display, long? Year, long? FirstYear, string? Years, double? MarginOfError);

internal sealed record HolcShares(double? A, double? B, double? C, double? D, double? Ungraded);

internal sealed record SocialCapitalSection(
    string Zipcode, double? EconomicConnectedness, double? StandardError, string Display, string Explanation);

internal sealed record NearestResource(
    string Category, string CategoryLabel, string Id, string? Name, string? Type, string? Address, double Lon, double Lat,
    double DistanceMetres, string DistanceDisplay);

internal sealed record CardSource(
    string Layer, string Name, string Url, string Licence, string LicenceUrl, string Attribution, string Vintage);
