namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// A boolean CQL2 filter expression, already checked against a layer's properties (every name exists, every type
/// fits). Evaluated with SQL's three-valued logic: a comparison with a null value is unknown, NOT of unknown is
/// unknown, and a feature matches only when the whole filter is true.
/// </summary>
public abstract record FilterExpression
{
    /// <summary>The filter as CQL2 text, which parses back to an equal expression.</summary>
    public sealed override string ToString() => Cql2TextWriter.Write(this);
}
