namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>What kind of value a scalar expression gives; two sides of a comparison must be of one kind.</summary>
public enum ValueKind
{
    String,
    Number,
    Boolean,
    Geometry,
}
