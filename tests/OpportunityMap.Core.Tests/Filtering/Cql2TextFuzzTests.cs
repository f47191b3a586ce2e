using CsCheck;
using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Core.Tests.Filtering;

/// <summary>
/// Property-based tests of the CQL2 parser (CsCheck, with shrinking): any text either parses or fails with a
/// <see cref="FilterParseException"/> inside the text; any valid expression, written out, parses back to itself.
/// </summary>
public sealed class Cql2TextFuzzTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly PropertyReference[] Strings = [new("grade", PropertyType.String)];
    private static readonly PropertyReference[] Numbers = [new("count", PropertyType.Integer), new("share", PropertyType.Number)];
    private static readonly PropertyReference Flag = new("flag", PropertyType.Boolean);
    private static readonly PropertyReference Day = new("day", PropertyType.Date);
    private static readonly PropertyReference At = new("at", PropertyType.Timestamp);

    private static readonly Gen<string> Piece = Gen.OneOf(
        Pick("grade", "count", "share", "flag", "geometry", "secret", "\"grade\"", "AND", "OR", "NOT", "LIKE", "IN", "BETWEEN", "IS", "NULL",
            "TRUE", "false", "CASEI", "S_INTERSECTS", "BBOX", "POINT", "POLYGON", "MULTIPOINT", "GEOMETRYCOLLECTION", "EMPTY",
            "(", ")", "((", ",", "=", "<>", "<", "<=", ">", ">=", "'", "''", "'D'", "'%\\'", "\"", "-", "1", "-2.5", "1e308", "1e309",
            ".5", "1.", "9223372036854775808", "\\", "%", "_", "\u0000", "é", "\uD83D\uDE00", "\uD800",
            "day", "at", "DATE", "timestamp", "'2022-04-16'", "'2022-04-16T10:13:19Z'", "'2022-02-30'", "'2022-04-16T10:13:19.1234567+14:00'",
            "Z", "ZM", "M", "S_WITHIN", "s_equals", "S_CROSSES", "S_DWITHIN", "T_AFTER", "INTERVAL"),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[0, 6]);

    private static readonly Gen<string> Text = Piece.Array[0, 24].Select(parts => string.Join(' ', parts));

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void Parse_AnyText_ParsesOrFailsWithAPositionInsideIt() =>
        Text.Sample(text =>
        {
            try
            {
                var parsed = Cql2TextParser.Parse(text, FilterTestLayer.Metadata);
                Assert.Equal(parsed, Cql2TextParser.Parse(parsed.ToString(), FilterTestLayer.Metadata));
            }
            catch (FilterParseException e)
            {
                Assert.InRange(e.Position, 1, text.Length + 1);
            }
        }, iter: 20_000);

    [Fact]
    public void Write_AnyValidExpression_ParsesBackToItself() =>
        Expression(4).Sample(expression =>
        {
            var text = expression.ToString();
            Assert.Equal(expression, Cql2TextParser.Parse(text, FilterTestLayer.Metadata));
        }, iter: 5_000, print: e => e.ToString());

    private static Gen<FilterExpression> Expression(int depth)
    {
        if (depth == 0)
        {
            return Predicate;
        }

        var inner = Expression(depth - 1);
        return Gen.Frequency(
            (3, Predicate),
            (2, Gen.Select(inner, inner).Select(p => (FilterExpression)new AndExpression(p.Item1, p.Item2))),
            (2, Gen.Select(inner, inner).Select(p => (FilterExpression)new OrExpression(p.Item1, p.Item2))),
            (1, inner.Select(e => (FilterExpression)new NotExpression(e))));
    }

    private static readonly Gen<ScalarExpression> StringLiteral = Gen.String[0, 8].Select(s => (ScalarExpression)new Literal(s));

    private static readonly Gen<ScalarExpression> NumberLiteral = Gen.OneOf(
        Gen.Long.Select(l => (ScalarExpression)new Literal(l)),
        Gen.Double.Where(double.IsFinite).Select(d => (ScalarExpression)new Literal(d)));

    private static readonly Gen<ScalarExpression> StringOperand = Gen.OneOf(
        Gen.Int[0, Strings.Length - 1].Select(i => (ScalarExpression)Strings[i]),
        StringLiteral,
        Gen.Int[0, Strings.Length - 1].Select(i => (ScalarExpression)new CaseInsensitive(Strings[i])));

    private static readonly Gen<ScalarExpression> DateOperand = Gen.OneOf(
        Gen.Const((ScalarExpression)Day),
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(d => (ScalarExpression)new Literal(DateOnly.FromDayNumber(d))));

    // Literals are UTC and whole microseconds, as the parser makes them.
    private static readonly Gen<ScalarExpression> TimestampOperand = Gen.OneOf(
        Gen.Const((ScalarExpression)At),
        Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks].Select(t => (ScalarExpression)new Literal(TemporalValues.Normalize(new DateTimeOffset(t, TimeSpan.Zero)))));

    private static Gen<ScalarExpression> Literals(Gen<ScalarExpression> operand) => operand.Where(o => o is Literal);

    private static readonly Gen<ScalarExpression> NumberOperand = Gen.OneOf(
        Gen.Int[0, Numbers.Length - 1].Select(i => (ScalarExpression)Numbers[i]),
        NumberLiteral);

    private static readonly Gen<ScalarExpression> BooleanOperand = Gen.OneOf(Gen.Const((ScalarExpression)Flag), Gen.Bool.Select(b => (ScalarExpression)new Literal(b)));

    private static readonly Gen<ScalarExpression> Pattern = Gen.Select(Gen.String[0, 8], Gen.Bool).Select(p =>
    {
        var text = LikePattern.Problem(p.Item1) is null ? p.Item1 : p.Item1 + "\\";
        return p.Item2 ? (ScalarExpression)new CaseInsensitive(new Literal(text)) : new Literal(text);
    });

    private static readonly Gen<Coordinate> Position = Gen.Select(Gen.Double[-180, 180], Gen.Double[-90, 90]).Select(p => new Coordinate(p.Item1, p.Item2));

    private static readonly Gen<ScalarExpression> GeometryOperand = Gen.OneOf(
        Gen.Const((ScalarExpression)new GeometryProperty()),
        Position.Select(c => (ScalarExpression)new GeometryLiteral(Factory.CreatePoint(c))),
        Gen.Select(Position, Position).Select(p => (ScalarExpression)GeometryLiteral.Bbox(p.Item1.X, Math.Min(p.Item1.Y, p.Item2.Y), p.Item2.X, Math.Max(p.Item1.Y, p.Item2.Y))),
        Gen.Select(Position, Position).Where(p => p.Item1.X != p.Item2.X && p.Item1.Y != p.Item2.Y)
            .Select(p => (ScalarExpression)new GeometryLiteral(Factory.ToGeometry(new Envelope(p.Item1, p.Item2)))),
        Position.Array[2, 6].Select(c => (ScalarExpression)new GeometryLiteral(Factory.CreateMultiPoint(c.Select(Factory.CreatePoint).ToArray()))));

    private static readonly Gen<ComparisonOperator> Operator = Gen.Enum<ComparisonOperator>();

    private static readonly Gen<FilterExpression> Predicate = Gen.OneOf(
        Gen.Select(Operator, StringOperand, StringOperand).Select(p => (FilterExpression)new Comparison(p.Item1, p.Item2, p.Item3)),
        Gen.Select(Operator, NumberOperand, NumberOperand).Select(p => (FilterExpression)new Comparison(p.Item1, p.Item2, p.Item3)),
        Gen.Select(Operator, BooleanOperand, BooleanOperand).Select(p => (FilterExpression)new Comparison(p.Item1, p.Item2, p.Item3)),
        Gen.Select(StringOperand, Pattern, Gen.Bool).Select(p => (FilterExpression)new LikePredicate(p.Item1, p.Item2, p.Item3)),
        Gen.Select(NumberOperand, NumberLiteral.Array[1, 5], Gen.Bool).Select(p => (FilterExpression)new InPredicate(p.Item1, p.Item2, p.Item3)),
        Gen.Select(StringOperand, StringLiteral.Array[1, 5], Gen.Bool).Select(p => (FilterExpression)new InPredicate(p.Item1, p.Item2, p.Item3)),
        Gen.Select(NumberOperand, NumberOperand, NumberOperand, Gen.Bool).Select(p => (FilterExpression)new BetweenPredicate(p.Item1, p.Item2, p.Item3, p.Item4)),
        Gen.Select(Operator, DateOperand, DateOperand).Select(p => (FilterExpression)new Comparison(p.Item1, p.Item2, p.Item3)),
        Gen.Select(Operator, TimestampOperand, TimestampOperand).Select(p => (FilterExpression)new Comparison(p.Item1, p.Item2, p.Item3)),
        Gen.Select(DateOperand, Literals(DateOperand).Array[1, 4], Gen.Bool).Select(p => (FilterExpression)new InPredicate(p.Item1, p.Item2, p.Item3)),
        Gen.Select(TimestampOperand, TimestampOperand, TimestampOperand, Gen.Bool).Select(p => (FilterExpression)new BetweenPredicate(p.Item1, p.Item2, p.Item3, p.Item4)),
        Gen.Select(Gen.OneOf(StringOperand, NumberOperand, BooleanOperand, DateOperand, TimestampOperand), Gen.Bool).Select(p => (FilterExpression)new IsNullPredicate(p.Item1, p.Item2)),
        Gen.Select(Gen.Enum<SpatialOperator>(), GeometryOperand, GeometryOperand).Select(p => (FilterExpression)new SpatialPredicate(p.Item1, p.Item2, p.Item3)),
        Gen.Bool.Select(b => (FilterExpression)new BooleanConstant(b)));
}
