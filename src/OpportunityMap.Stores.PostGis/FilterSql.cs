using System.Text;
using NpgsqlTypes;
using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// Translates a parsed CQL2 filter and sort keys to SQL for one layer table. Every literal becomes a typed parameter;
/// the only names written are the layer's own property columns (checked by <see cref="SqlNames"/>). PostgreSQL's
/// NULL logic is the evaluator's (<see cref="FilterEvaluator"/>); strings compare and sort in <c>COLLATE "C"</c>
/// (code point order), LIKE uses <c>ESCAPE '\'</c>, CASEI is <c>lower()</c>, dates are <c>date</c> and timestamps
/// <c>timestamptz</c> (instants), and the spatial functions are their <c>ST_</c> namesakes.
/// </summary>
internal sealed class FilterSql(LayerMetadata layer, List<NpgsqlParameter> parameters)
{
    public void Write(StringBuilder sql, FilterExpression filter)
    {
        switch (filter)
        {
            // Chains are written flat, so a long AND or OR list does not nest parentheses deeply.
            case AndExpression or OrExpression:
                var op = filter is AndExpression ? " AND " : " OR ";
                sql.Append('(');
                var first = true;
                foreach (var operand in Flatten(filter))
                {
                    sql.Append(first ? "" : op);
                    first = false;
                    Write(sql, operand);
                }

                sql.Append(')');
                break;
            case NotExpression not:
                sql.Append("(NOT ");
                Write(sql, not.Operand);
                sql.Append(')');
                break;
            case BooleanConstant constant:
                sql.Append(constant.Value ? "TRUE" : "FALSE");
                break;
            case Comparison comparison:
                sql.Append('(');
                Operand(sql, comparison.Left);
                sql.Append(' ').Append(comparison.Operator.Symbol()).Append(' ');
                Operand(sql, comparison.Right);
                sql.Append(')');
                break;
            case LikePredicate like:
                sql.Append('(');
                Value(sql, like.Value);
                sql.Append(like.Negated ? " NOT LIKE " : " LIKE ");
                Value(sql, like.Pattern);
                sql.Append(" ESCAPE '\\')");
                break;
            case InPredicate @in:
                sql.Append('(');
                Operand(sql, @in.Value);
                sql.Append(@in.Negated ? " NOT IN (" : " IN (");
                for (var i = 0; i < @in.Items.Count; i++)
                {
                    sql.Append(i == 0 ? "" : ", ");
                    Operand(sql, @in.Items[i]);
                }

                sql.Append("))");
                break;
            case BetweenPredicate between:
                sql.Append('(');
                Value(sql, between.Value);
                sql.Append(between.Negated ? " NOT BETWEEN " : " BETWEEN ");
                Value(sql, between.Low);
                sql.Append(" AND ");
                Value(sql, between.High);
                sql.Append(')');
                break;
            case IsNullPredicate isNull:
                sql.Append('(');
                Value(sql, isNull.Value);
                sql.Append(isNull.Negated ? " IS NOT NULL)" : " IS NULL)");
                break;
            case SpatialPredicate spatial:
                sql.Append(spatial.Operator switch
                {
                    SpatialOperator.Intersects => "ST_Intersects(",
                    SpatialOperator.Equals => "ST_Equals(",
                    SpatialOperator.Disjoint => "ST_Disjoint(",
                    SpatialOperator.Touches => "ST_Touches(",
                    SpatialOperator.Within => "ST_Within(",
                    SpatialOperator.Overlaps => "ST_Overlaps(",
                    SpatialOperator.Crosses => "ST_Crosses(",
                    _ => "ST_Contains(",
                });
                Value(sql, spatial.Left);
                sql.Append(", ");
                Value(sql, spatial.Right);
                sql.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown expression {filter.GetType().Name}.", nameof(filter));
        }
    }

    /// <summary>The ORDER BY list for <paramref name="keys"/>, each with nulls last, then the id.</summary>
    public string OrderBy(IReadOnlyList<SortProperty> keys)
    {
        var terms = keys.Select(k =>
        {
            var property = layer.FindProperty(k.Property);
            if (property is null or { Type: PropertyType.Json })
            {
                throw new ArgumentException($"Layer {layer.Id} has no scalar property {k.Property} to sort by.", nameof(keys));
            }

            var collate = property.Type == PropertyType.String ? " COLLATE \"C\"" : "";
            return $"{SqlNames.Quote(property.Name)}{collate} {(k.Descending ? "DESC" : "ASC")} NULLS LAST";
        });
        return string.Join(", ", terms.Append("id COLLATE \"C\""));
    }

    private static IEnumerable<FilterExpression> Flatten(FilterExpression chain)
    {
        var type = chain.GetType();
        var pending = new Stack<FilterExpression>();
        pending.Push(chain);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            switch (next)
            {
                case AndExpression both when next.GetType() == type:
                    pending.Push(both.Right);
                    pending.Push(both.Left);
                    break;
                case OrExpression either when next.GetType() == type:
                    pending.Push(either.Right);
                    pending.Push(either.Left);
                    break;
                default:
                    yield return next;
                    break;
            }
        }
    }

    // An operand of =, <, IN...: strings in code point order.
    private void Operand(StringBuilder sql, ScalarExpression expression)
    {
        Value(sql, expression);
        if (expression.Kind == ValueKind.String)
        {
            sql.Append(" COLLATE \"C\"");
        }
    }

    private void Value(StringBuilder sql, ScalarExpression expression)
    {
        switch (expression)
        {
            case PropertyReference property:
                _ = layer.FindProperty(property.Name) ?? throw new ArgumentException($"Layer {layer.Id} has no property {property.Name}.", nameof(expression));
                sql.Append(SqlNames.Quote(property.Name));
                break;
            case CaseInsensitive casei:
                sql.Append("lower(");
                Value(sql, casei.Operand);
                sql.Append(')');
                break;
            case GeometryProperty:
                sql.Append("geom");
                break;
            case GeometryLiteral geometry:
                var value = geometry.Geometry.Copy();
                value.SRID = 4326;
                Parameter(sql, value, NpgsqlDbType.Geometry);
                break;
            case Literal literal:
                Parameter(sql, literal.Value, literal.Value switch
                {
                    string => NpgsqlDbType.Text,
                    long => NpgsqlDbType.Bigint,
                    double => NpgsqlDbType.Double,
                    bool => NpgsqlDbType.Boolean,
                    DateOnly => NpgsqlDbType.Date,
                    DateTimeOffset => NpgsqlDbType.TimestampTz,
                    _ => throw new ArgumentException($"Unknown literal {literal.Value.GetType().Name}.", nameof(expression)),
                });
                break;
            default:
                throw new ArgumentException($"Unknown operand {expression.GetType().Name}.", nameof(expression));
        }
    }

    private void Parameter(StringBuilder sql, object value, NpgsqlDbType type)
    {
        parameters.Add(new() { Value = value, NpgsqlDbType = type });
        sql.Append('$').Append(parameters.Count);
    }
}
