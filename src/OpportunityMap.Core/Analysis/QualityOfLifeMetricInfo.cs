namespace OpportunityMap.Core.Analysis;

/// <summary>
/// A neighborhood metric the analysis combines: its property, the years of its values (the same for every
/// neighborhood), and whether the layer carries its denominator (combined as Σ r / Σ d) and margin of error.
/// </summary>
public sealed record QualityOfLifeMetricInfo(PropertyDefinition Property, long? Year, long? FirstYear, bool HasDenominator, bool HasMarginOfError);
