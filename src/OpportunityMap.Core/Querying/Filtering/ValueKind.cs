namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>What kind of value a scalar expression gives; two sides of a comparison must be of one kind.</summary>
public enum ValueKind
{
    String,
    Number,
    Boolean,
    Geometry,

    /// <summary>A calendar day; never comparable with a <see cref="Timestamp"/> (CQL2: both sides are of one type).</summary>
    Date,

    /// <summary>An instant.</summary>
    Timestamp,
}
