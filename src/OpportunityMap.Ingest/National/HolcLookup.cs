using OpportunityMap.Core.Nation;

namespace OpportunityMap.Ingest.National;

/// <summary>The HOLC area → tract lookup of every city, and the outcome of every tract it names.</summary>
public sealed record HolcLookup(IReadOnlyList<HolcTractShare> Rows, IReadOnlyDictionary<string, TractValue> Tracts);
