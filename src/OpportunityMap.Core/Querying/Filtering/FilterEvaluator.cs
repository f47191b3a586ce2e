namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// Evaluates a filter on in-memory features with SQL's three-valued logic (<c>null</c> = unknown), as PostgreSQL
/// would: the in-memory store and the PostGIS store must agree on every feature. Spatial functions use NTS, whose
/// DE-9IM predicates are PostGIS's (GEOS is its port): <c>Intersects</c> is <c>ST_Intersects</c> (touching counts).
/// </summary>
public static class FilterEvaluator
{
    /// <summary>A predicate that is true for the features of <paramref name="layer"/> that <paramref name="filter"/> keeps.</summary>
    /// <exception cref="ArgumentException">The filter names a property the layer does not have.</exception>
    public static Func<LayerFeature, bool> Compile(FilterExpression filter, LayerMetadata layer)
    {
        var test = Predicate(filter, layer);
        return feature => test(feature) == true;
    }

    private static Func<LayerFeature, bool?> Predicate(FilterExpression filter, LayerMetadata layer)
    {
        switch (filter)
        {
            case AndExpression and:
            {
                var (left, right) = (Predicate(and.Left, layer), Predicate(and.Right, layer));
                return f =>
                {
                    var l = left(f);
                    if (l == false)
                    {
                        return false;
                    }

                    var r = right(f);
                    return r == false ? false : l == true && r == true ? true : null;
                };
            }

            case OrExpression or:
            {
                var (left, right) = (Predicate(or.Left, layer), Predicate(or.Right, layer));
                return f =>
                {
                    var l = left(f);
                    if (l == true)
                    {
                        return true;
                    }

                    var r = right(f);
                    return r == true ? true : l == false && r == false ? false : null;
                };
            }

            case NotExpression not:
            {
                var operand = Predicate(not.Operand, layer);
                return f => !operand(f);
            }

            case BooleanConstant constant:
                return _ => constant.Value;
            case Comparison comparison:
            {
                var (left, right) = (Value(comparison.Left, layer), Value(comparison.Right, layer));
                var op = comparison.Operator;
                return f => left(f) is { } l && right(f) is { } r ? Holds(op, FilterValues.Compare(l, r)) : null;
            }

            case LikePredicate like:
            {
                var (value, pattern) = (Value(like.Value, layer), Value(like.Pattern, layer));
                return f => value(f) is string v && pattern(f) is string p ? LikePattern.Matches(v, p) != like.Negated : null;
            }

            case InPredicate @in:
            {
                var value = Value(@in.Value, layer);
                var items = @in.Items.Select(i => Value(i, layer)).ToArray();
                return f =>
                {
                    if (value(f) is not { } v)
                    {
                        return null;
                    }

                    var unknown = false;
                    foreach (var item in items)
                    {
                        if (item(f) is not { } i)
                        {
                            unknown = true;
                        }
                        else if (FilterValues.Compare(v, i) == 0)
                        {
                            return !@in.Negated;
                        }
                    }

                    return unknown ? null : @in.Negated;
                };
            }

            case BetweenPredicate between:
            {
                var (value, low, high) = (Value(between.Value, layer), Value(between.Low, layer), Value(between.High, layer));
                return f =>
                {
                    var v = value(f);
                    bool? above = v is not null && low(f) is { } l ? FilterValues.Compare(v, l) >= 0 : null;
                    bool? below = v is not null && high(f) is { } h ? FilterValues.Compare(v, h) <= 0 : null;
                    bool? inside = above == false || below == false ? false : above is null || below is null ? null : true;
                    return between.Negated ? !inside : inside;
                };
            }

            case IsNullPredicate isNull:
            {
                var value = Value(isNull.Value, layer);
                return f => (value(f) is null) != isNull.Negated;
            }

            case SpatialPredicate spatial:
                return Spatial(spatial);
            default:
                throw new ArgumentException($"Unknown expression {filter.GetType().Name}.", nameof(filter));
        }
    }

    private static Func<LayerFeature, bool?> Spatial(SpatialPredicate spatial)
    {
        var op = spatial.Operator;
        switch (spatial.Left, spatial.Right)
        {
            case (GeometryLiteral a, GeometryLiteral b):
                var constant = Relate(op, a.Geometry, b.Geometry);
                return _ => constant;
            case (GeometryLiteral a, _):
                return Against(op, a.Geometry);
            case (_, GeometryLiteral b):
                // op(feature, literal) is converse(op)(literal, feature): only within and contains swap.
                return Against(op switch { SpatialOperator.Within => SpatialOperator.Contains, SpatialOperator.Contains => SpatialOperator.Within, _ => op }, b.Geometry);
            default:
                return f => Relate(op, f.Geometry, f.Geometry);
        }

        // op(literal, feature), with the literal prepared once.
        static Func<LayerFeature, bool?> Against(SpatialOperator op, Geometry literal)
        {
            var prepared = PreparedGeometryFactory.Prepare(literal);
            var envelope = literal.EnvelopeInternal;
            return op switch
            {
                SpatialOperator.Intersects => f => envelope.Intersects(f.Geometry.EnvelopeInternal) && prepared.Intersects(f.Geometry),
                SpatialOperator.Disjoint => f => !envelope.Intersects(f.Geometry.EnvelopeInternal) || prepared.Disjoint(f.Geometry),
                SpatialOperator.Touches => f => envelope.Intersects(f.Geometry.EnvelopeInternal) && prepared.Touches(f.Geometry),
                SpatialOperator.Within => f => f.Geometry.EnvelopeInternal.Contains(envelope) && prepared.Within(f.Geometry),
                SpatialOperator.Contains => f => envelope.Contains(f.Geometry.EnvelopeInternal) && prepared.Contains(f.Geometry),
                SpatialOperator.Overlaps => f => envelope.Intersects(f.Geometry.EnvelopeInternal) && prepared.Overlaps(f.Geometry),
                SpatialOperator.Crosses => f => envelope.Intersects(f.Geometry.EnvelopeInternal) && prepared.Crosses(f.Geometry),
                _ => f => envelope.Equals(f.Geometry.EnvelopeInternal) && literal.EqualsTopologically(f.Geometry),
            };
        }
    }

    private static bool Relate(SpatialOperator op, Geometry a, Geometry b) => op switch
    {
        SpatialOperator.Intersects => a.Intersects(b),
        SpatialOperator.Disjoint => a.Disjoint(b),
        SpatialOperator.Touches => a.Touches(b),
        SpatialOperator.Within => a.Within(b),
        SpatialOperator.Contains => a.Contains(b),
        SpatialOperator.Overlaps => a.Overlaps(b),
        SpatialOperator.Crosses => a.Crosses(b),
        _ => a.EqualsTopologically(b),
    };

    private static Func<LayerFeature, object?> Value(ScalarExpression expression, LayerMetadata layer)
    {
        switch (expression)
        {
            case PropertyReference property:
                var index = layer.IndexOf(property.Name);
                return index >= 0
                    ? f => f.Values[index]
                    : throw new ArgumentException($"Layer {layer.Id} has no property {property.Name}.", nameof(expression));
            case Literal literal:
                return _ => literal.Value;
            case CaseInsensitive casei:
                var operand = Value(casei.Operand, layer);
                return f => (operand(f) as string)?.ToLowerInvariant();
            default:
                throw new ArgumentException($"{expression.GetType().Name} is not a scalar value.", nameof(expression));
        }
    }

    private static bool Holds(ComparisonOperator op, int order) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
