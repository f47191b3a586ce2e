using System.Text;

namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>Writes a filter as CQL2 text that <see cref="Cql2TextParser"/> reads back to an equal expression.</summary>
public static class Cql2TextWriter
{
    /// <summary>The CQL2 text of <paramref name="expression"/> (lon/lat coordinates).</summary>
    public static string Write(FilterExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    /// <summary>The CQL2 text of one operand.</summary>
    public static string Write(ScalarExpression expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    private static void Write(StringBuilder text, FilterExpression expression)
    {
        switch (expression)
        {
            // The parser nests AND and OR to the left, so only a right operand of the same operator needs parentheses.
            case AndExpression and:
                Grouped(text, and.Left, and.Left is OrExpression);
                text.Append(" AND ");
                Grouped(text, and.Right, and.Right is OrExpression or AndExpression);
                break;
            case OrExpression or:
                Write(text, or.Left);
                text.Append(" OR ");
                Grouped(text, or.Right, or.Right is OrExpression);
                break;
            case NotExpression not:
                text.Append("NOT ");
                Grouped(text, not.Operand, not.Operand is AndExpression or OrExpression);
                break;
            case BooleanConstant constant:
                text.Append(constant.Value ? "TRUE" : "FALSE");
                break;
            case Comparison comparison:
                Write(text, comparison.Left);
                text.Append(' ').Append(comparison.Operator.Symbol()).Append(' ');
                Write(text, comparison.Right);
                break;
            case LikePredicate like:
                Write(text, like.Value);
                text.Append(like.Negated ? " NOT LIKE " : " LIKE ");
                Write(text, like.Pattern);
                break;
            case InPredicate @in:
                Write(text, @in.Value);
                text.Append(@in.Negated ? " NOT IN (" : " IN (");
                for (var i = 0; i < @in.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    Write(text, @in.Items[i]);
                }

                text.Append(')');
                break;
            case BetweenPredicate between:
                Write(text, between.Value);
                text.Append(between.Negated ? " NOT BETWEEN " : " BETWEEN ");
                Write(text, between.Low);
                text.Append(" AND ");
                Write(text, between.High);
                break;
            case IsNullPredicate isNull:
                Write(text, isNull.Value);
                text.Append(isNull.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case SpatialPredicate spatial:
                text.Append(spatial.Name).Append('(');
                Write(text, spatial.Left);
                text.Append(", ");
                Write(text, spatial.Right);
                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown expression {expression.GetType().Name}.", nameof(expression));
        }
    }

    private static void Grouped(StringBuilder text, FilterExpression expression, bool parenthesise)
    {
        text.Append(parenthesise ? "(" : "");
        Write(text, expression);
        text.Append(parenthesise ? ")" : "");
    }

    private static void Write(StringBuilder text, ScalarExpression expression)
    {
        switch (expression)
        {
            case PropertyReference property:
                text.Append('"').Append(property.Name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                break;
            case Literal { Value: string s }:
                text.Append('\'').Append(s.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
                break;
            case Literal { Value: bool b }:
                text.Append(b ? "TRUE" : "FALSE");
                break;
            case Literal { Value: long l }:
                text.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case Literal { Value: double d }:
                text.Append(Number(d));
                break;
            case Literal { Value: DateOnly date }:
                text.Append("DATE('").Append(TemporalValues.Format(date)).Append("')");
                break;
            case Literal { Value: DateTimeOffset instant }:
                text.Append("TIMESTAMP('").Append(TemporalValues.Format(instant)).Append("')");
                break;
            case CaseInsensitive casei:
                text.Append("CASEI(");
                Write(text, casei.Operand);
                text.Append(')');
                break;
            case GeometryProperty geometry:
                text.Append('"').Append(geometry.Name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                break;
            case GeometryLiteral { IsBbox: true } bbox:
                var (west, south, east, north) = bbox.Bounds;
                text.Append("BBOX(").Append(Number(west)).Append(',').Append(Number(south)).Append(',')
                    .Append(Number(east)).Append(',').Append(Number(north)).Append(')');
                break;
            case GeometryLiteral literal:
                WriteGeometry(text, literal.Geometry);
                break;
            default:
                throw new ArgumentException($"Unknown operand {expression.GetType().Name}.", nameof(expression));
        }
    }

    private static void WriteGeometry(StringBuilder text, Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                text.Append("POINT(");
                Coordinates(text, point.Coordinates);
                text.Append(')');
                break;
            case LineString line:
                text.Append("LINESTRING(");
                Coordinates(text, line.Coordinates);
                text.Append(')');
                break;
            case Polygon polygon:
                text.Append("POLYGON");
                Rings(text, polygon);
                break;
            case MultiPoint points:
                text.Append("MULTIPOINT(");
                Members(text, points.Geometries, g => Parenthesised(text, g.Coordinates));
                text.Append(')');
                break;
            case MultiLineString lines:
                text.Append("MULTILINESTRING(");
                Members(text, lines.Geometries, g => Parenthesised(text, g.Coordinates));
                text.Append(')');
                break;
            case MultiPolygon polygons:
                text.Append("MULTIPOLYGON(");
                Members(text, polygons.Geometries, g => Rings(text, (Polygon)g));
                text.Append(')');
                break;
            case GeometryCollection collection:
                text.Append("GEOMETRYCOLLECTION(");
                Members(text, collection.Geometries, g => WriteGeometry(text, g));
                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown geometry {geometry.GeometryType}.", nameof(geometry));
        }
    }

    private static void Rings(StringBuilder text, Polygon polygon)
    {
        text.Append('(');
        Members(text, [polygon.Shell, .. polygon.Holes], ring => Parenthesised(text, ring.Coordinates));
        text.Append(')');
    }

    private static void Members(StringBuilder text, IEnumerable<Geometry> members, Action<Geometry> write)
    {
        var first = true;
        foreach (var member in members)
        {
            text.Append(first ? "" : ", ");
            first = false;
            write(member);
        }
    }

    private static void Parenthesised(StringBuilder text, Coordinate[] coordinates)
    {
        text.Append('(');
        Coordinates(text, coordinates);
        text.Append(')');
    }

    private static void Coordinates(StringBuilder text, Coordinate[] coordinates)
    {
        for (var i = 0; i < coordinates.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(Number(coordinates[i].X)).Append(' ').Append(Number(coordinates[i].Y));
        }
    }

    // Round-trip form, always with a fraction or exponent so it reads back as a double, not an integer.
    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
