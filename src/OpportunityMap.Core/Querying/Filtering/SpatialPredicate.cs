namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// <c>S_INTERSECTS(Left, Right)</c> and the other spatial functions, with the DE-9IM meaning NTS and PostGIS share
/// (<c>ST_Intersects</c>, <c>ST_Equals</c>, …: touching counts as intersecting). Both operands are geometries: the
/// feature's (<see cref="GeometryProperty"/>) or a literal (<see cref="GeometryLiteral"/>).
/// </summary>
public sealed record SpatialPredicate(SpatialOperator Operator, ScalarExpression Left, ScalarExpression Right) : FilterExpression
{
    /// <summary>The CQL2 name of each function, e.g. <c>S_INTERSECTS</c>.</summary>
    public static readonly IReadOnlyDictionary<string, SpatialOperator> ByName =
        Enum.GetValues<SpatialOperator>().ToDictionary(o => "S_" + o.ToString().ToUpperInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The function's CQL2 name, e.g. <c>S_INTERSECTS</c>.</summary>
    public string Name => "S_" + Operator.ToString().ToUpperInvariant();
}
