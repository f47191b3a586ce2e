namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// <c>S_INTERSECTS(Left, Right)</c> with PostGIS <c>ST_Intersects</c> semantics: touching counts. Both operands are
/// geometries: the feature's (<see cref="GeometryProperty"/>) or a literal (<see cref="GeometryLiteral"/>).
/// </summary>
public sealed record SpatialIntersects(ScalarExpression Left, ScalarExpression Right) : FilterExpression;
