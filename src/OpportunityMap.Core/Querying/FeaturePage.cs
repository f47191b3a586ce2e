namespace OpportunityMap.Core.Querying;

/// <summary>One page of a query's results.</summary>
/// <param name="Features">The features of the page, in id order.</param>
/// <param name="NumberMatched">How many features match the query in all pages.</param>
public sealed record FeaturePage(IReadOnlyList<LayerFeature> Features, long NumberMatched);
