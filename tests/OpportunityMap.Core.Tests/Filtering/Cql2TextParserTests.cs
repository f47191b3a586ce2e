using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Core.Tests.Filtering;

public sealed class Cql2TextParserTests
{
    private static readonly PropertyReference Grade = new("grade", PropertyType.String);
    private static readonly PropertyReference Count = new("count", PropertyType.Integer);
    private static readonly PropertyReference Share = new("share", PropertyType.Number);
    private static readonly PropertyReference Day = new("day", PropertyType.Date);
    private static readonly PropertyReference At = new("at", PropertyType.Timestamp);

    private static FilterExpression Parse(string text, bool latitudeFirst = false) =>
        Cql2TextParser.Parse(text, FilterTestLayer.Metadata, latitudeFirst);

    [Fact]
    public void Parse_Comparison_BindsThePropertyAndTypedLiteral()
    {
        Assert.Equal(new Comparison(ComparisonOperator.Equal, Grade, new Literal("D")), Parse("grade = 'D'"));
        Assert.Equal(new Comparison(ComparisonOperator.GreaterOrEqual, Count, new Literal(3L)), Parse("count>=3"));
        Assert.Equal(new Comparison(ComparisonOperator.Less, Share, new Literal(-0.5)), Parse("\"share\" < -0.5"));
        Assert.Equal(new Comparison(ComparisonOperator.NotEqual, new Literal(1e3), Share), Parse("1e3 <> share"));
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr_AndNotTighterThanAnd()
    {
        var a = new Comparison(ComparisonOperator.Equal, Grade, new Literal("A"));
        var b = new Comparison(ComparisonOperator.Equal, Count, new Literal(1L));
        var c = new IsNullPredicate(Share, false);

        Assert.Equal(new OrExpression(a, new AndExpression(new NotExpression(b), c)), Parse("grade = 'A' or not count = 1 AND share IS NULL"));
        Assert.Equal(new AndExpression(new OrExpression(a, b), c), Parse("(grade = 'A' OR count = 1) AND share IS NULL"));
    }

    [Fact]
    public void Parse_StringLiteral_DoubledQuoteIsOneQuote() =>
        Assert.Equal(new Comparison(ComparisonOperator.Equal, Grade, new Literal("O'Brien")), Parse("grade = 'O''Brien'"));

    [Fact]
    public void Parse_AdvancedComparisons()
    {
        Assert.Equal(new LikePredicate(Grade, new Literal("a\\%_%"), true), Parse("grade NOT LIKE 'a\\%_%'"));
        Assert.Equal(new LikePredicate(new CaseInsensitive(Grade), new CaseInsensitive(new Literal("d%")), false), Parse("CASEI(grade) LIKE casei('d%')"));
        Assert.Equal(new InPredicate(Grade, [new Literal("A"), new Literal("B")], false), Parse("grade IN ('A', 'B')"));
        Assert.Equal(new InPredicate(Count, [new Literal(1L)], true), Parse("count NOT IN (1)"));
        Assert.Equal(new BetweenPredicate(Share, new Literal(1L), new Literal(2.5), false), Parse("share BETWEEN 1 AND 2.5"));
        Assert.Equal(new IsNullPredicate(Share, true), Parse("share IS NOT NULL"));
        Assert.Equal(new Comparison(ComparisonOperator.Equal, new PropertyReference("flag", PropertyType.Boolean), new Literal(true)), Parse("flag = true"));
        Assert.Equal(new BooleanConstant(false), Parse("FALSE"));
    }

    [Fact]
    public void Parse_SpatialLiterals_AreLonLatGeometries()
    {
        var point = Assert.IsType<SpatialPredicate>(Parse("S_INTERSECTS(geometry, POINT(-80.84 35.22))"));
        Assert.IsType<GeometryProperty>(point.Left);
        Assert.Equal(new Coordinate(-80.84, 35.22), ((GeometryLiteral)point.Right).Geometry.Coordinate);
        Assert.Equal(4326, ((GeometryLiteral)point.Right).Geometry.SRID);

        var swapped = (SpatialPredicate)Parse("S_INTERSECTS(geometry, POINT(35.22 -80.84))", latitudeFirst: true);
        Assert.Equal(new Coordinate(-80.84, 35.22), ((GeometryLiteral)swapped.Right).Geometry.Coordinate);

        var bbox = (GeometryLiteral)((SpatialPredicate)Parse("s_intersects(BBOX(-81,35,-80.5,35.5), geometry)")).Left;
        Assert.True(bbox.IsBbox);
        Assert.Equal(new Envelope(-81, -80.5, 35, 35.5), bbox.Geometry.EnvelopeInternal);

        foreach (var wkt in new[]
        {
            "LINESTRING(0 0, 1 1)", "POLYGON((0 0, 1 0, 1 1, 0 0), (0.5 0.2, 0.6 0.2, 0.6 0.3, 0.5 0.2))", "MULTIPOINT((0 0), (1 1))",
            "MULTIPOINT(0 0, 1 1)", "MULTILINESTRING((0 0, 1 1), (2 2, 3 3))", "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
            "GEOMETRYCOLLECTION(POINT(0 0), LINESTRING(0 0, 1 1))",
        })
        {
            var literal = (GeometryLiteral)((SpatialPredicate)Parse($"S_INTERSECTS(geometry, {wkt})")).Right;
            Assert.Equal(wkt.Split('(')[0], literal.Geometry.GeometryType.ToUpperInvariant());
        }
    }

    [Fact]
    public void Parse_DateAndTimestampLiterals_CompareWithTheirOwnKind()
    {
        var day = new Literal(new DateOnly(2022, 4, 16));
        var instant = new Literal(new DateTimeOffset(2022, 4, 16, 10, 13, 19, TimeSpan.Zero));

        Assert.Equal(new Comparison(ComparisonOperator.Equal, Day, day), Parse("\"day\" = DATE('2022-04-16')"));
        Assert.Equal(new Comparison(ComparisonOperator.Less, day, Day), Parse("date('2022-04-16') < day"));
        Assert.Equal(new Comparison(ComparisonOperator.LessOrEqual, At, instant), Parse("at <= TIMESTAMP('2022-04-16T10:13:19Z')"));
        Assert.Equal(new InPredicate(At, [instant], true), Parse("at NOT IN (timestamp('2022-04-16t12:13:19+02:00'))"));
        Assert.Equal(new BetweenPredicate(Day, day, new Literal(new DateOnly(2022, 12, 31)), false), Parse("day BETWEEN DATE('2022-04-16') AND DATE('2022-12-31')"));
        Assert.Equal(new IsNullPredicate(At, false), Parse("at IS NULL"));
        Assert.Equal(new Comparison(ComparisonOperator.Equal, day, day), Parse("DATE('2022-04-16') = DATE('2022-04-16')"));
    }

    [Theory]
    [InlineData("2022-04-16T10:13:19.123456789Z", "2022-04-16T10:13:19.123456Z")]
    [InlineData("2022-04-16T10:13:19.1Z", "2022-04-16T10:13:19.1Z")]
    [InlineData("2022-04-16T10:13:19.000Z", "2022-04-16T10:13:19Z")]
    [InlineData("2022-04-17T00:30:00+01:00", "2022-04-16T23:30:00Z")]
    [InlineData("2022-04-16T23:30:00-01:30", "2022-04-17T01:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.999999Z")]
    public void Parse_Timestamp_IsTheUtcInstantToTheMicrosecond(string written, string instant)
    {
        var literal = (Literal)((Comparison)Parse($"at = TIMESTAMP('{written}')")).Right;

        Assert.Equal($"TIMESTAMP('{instant}')", Cql2TextWriter.Write(literal));
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)literal.Value).Offset);
    }

    [Fact]
    public void Parse_GeometryName_IsTheLayers()
    {
        var spatial = Assert.IsType<SpatialPredicate>(Cql2TextParser.Parse("S_INTERSECTS(geom, POINT(1 2))", FilterTestLayer.Geom));
        Assert.Equal(new GeometryProperty("geom"), spatial.Left);
        Assert.Equal(spatial, Cql2TextParser.Parse(spatial.ToString(), FilterTestLayer.Geom));

        var other = Assert.Throws<FilterParseException>(() => Cql2TextParser.Parse("S_INTERSECTS(geometry, POINT(1 2))", FilterTestLayer.Geom));
        Assert.Equal(14, other.Position);
        Assert.Equal("unknown property 'geometry' (this collection's queryables: grade, count, share, flag, day, at, geom)", other.Problem);
        Assert.Equal(1, Assert.Throws<FilterParseException>(() => Cql2TextParser.Parse("geom IS NULL", FilterTestLayer.Geom)).Position);
    }

    [Theory]
    [InlineData("S_INTERSECTS", SpatialOperator.Intersects)]
    [InlineData("s_equals", SpatialOperator.Equals)]
    [InlineData("S_DISJOINT", SpatialOperator.Disjoint)]
    [InlineData("S_TOUCHES", SpatialOperator.Touches)]
    [InlineData("S_WITHIN", SpatialOperator.Within)]
    [InlineData("S_OVERLAPS", SpatialOperator.Overlaps)]
    [InlineData("S_CROSSES", SpatialOperator.Crosses)]
    [InlineData("S_Contains", SpatialOperator.Contains)]
    public void Parse_SpatialFunctions_NameTheirOperator(string name, SpatialOperator op)
    {
        var parsed = Assert.IsType<SpatialPredicate>(Parse($"{name}(BBOX(0,0,1,1), geometry)"));

        Assert.Equal(op, parsed.Operator);
        Assert.StartsWith(name.ToUpperInvariant() + "(BBOX(", parsed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POINT Z (1 2 3)", "POINT (1 2)")]
    [InlineData("POINT(1 2 3)", "POINT (1 2)")]
    [InlineData("POINT M (1 2 7)", "POINT (1 2)")]
    [InlineData("POINT ZM (1 2 3 7)", "POINT (1 2)")]
    [InlineData("LINESTRING Z (0 0 1, 1 1 2)", "LINESTRING (0 0, 1 1)")]
    [InlineData("POLYGON Z ((0 0 1, 1 0 1, 1 1 1, 0 0 1))", "POLYGON ((0 0, 1 0, 1 1, 0 0))")]
    [InlineData("MULTIPOINT Z ((0 0 1), (1 1 2))", "MULTIPOINT ((0 0), (1 1))")]
    [InlineData("GEOMETRYCOLLECTION Z (POINT Z (1 2 3), POINT(3 4))", "GEOMETRYCOLLECTION (POINT (1 2), POINT (3 4))")]
    public void Parse_HeightsAndMeasures_AreDropped(string wkt, string flat)
    {
        var literal = (GeometryLiteral)((SpatialPredicate)Parse($"S_INTERSECTS(geometry, {wkt})")).Right;

        Assert.Equal(flat, literal.Geometry.AsText());
    }

    [Fact]
    public void Parse_BboxWithWestEastOfEast_CrossesTheAntimeridian()
    {
        var bbox = (GeometryLiteral)((SpatialPredicate)Parse("S_INTERSECTS(geometry, BBOX(150,-90,-150,90))")).Right;

        Assert.Equal("MULTIPOLYGON (((150 -90, 150 90, 180 90, 180 -90, 150 -90)), ((-180 -90, -180 90, -150 90, -150 -90, -180 -90)))", bbox.Geometry.AsText());
        Assert.Equal((150.0, -90.0, -150.0, 90.0), bbox.Bounds);
        Assert.Contains("BBOX(150.0,-90.0,-150.0,90.0)", Cql2TextWriter.Write(bbox), StringComparison.Ordinal);
        Assert.Equal("MULTILINESTRING ((180 0, 180 10), (-180 0, -180 10))", GeometryLiteral.Bbox(180, 0, -180, 10).Geometry.AsText());
    }

    [Theory]
    [InlineData("grade = ", 9, "expected a value after '=' but found the end of the filter")]
    [InlineData("", 1, "the filter is empty")]
    [InlineData("grade", 6, "expected an operator")]
    [InlineData("grade = 'D' AND", 16, "expected a predicate but found the end of the filter")]
    [InlineData("grade = 'D' grade", 13, "expected AND, OR or the end of the filter")]
    [InlineData("(grade = 'D'", 13, "expected ')' to close the '(' at position 1")]
    [InlineData("grade = 'D", 9, "unterminated string")]
    [InlineData("nosuch = 1", 1, "unknown property 'nosuch' (this collection's queryables: grade, count, share, flag, day, at, geometry)")]
    [InlineData("secret = 'x'", 1, "unknown property 'secret'")]
    [InlineData("form = 'x'", 1, "unknown property 'form'")]
    [InlineData("grade > 3", 9, "type mismatch: property 'grade' (position 1) is a string but the value 3 is a number")]
    [InlineData("count = 'x'", 9, "type mismatch")]
    [InlineData("count LIKE 'x%'", 1, "type mismatch: LIKE compares strings")]
    [InlineData("grade BETWEEN 1 AND 2", 1, "type mismatch: BETWEEN compares numbers")]
    [InlineData("count BETWEEN 1 2", 17, "expected AND between the bounds of BETWEEN")]
    [InlineData("grade IN ('A' 'B')", 15, "expected ',' or ')' in the IN list")]
    [InlineData("grade IN ('A', 3)", 16, "type mismatch")]
    [InlineData("grade LIKE 'abc\\'", 12, "cannot end with the escape character")]
    [InlineData("grade LIKE grade", 12, "expected a pattern string after LIKE")]
    [InlineData("share IS NOTNULL", 10, "expected NULL after IS")]
    [InlineData("grade = 'D' @", 13, "unexpected character '@'")]
    [InlineData("count = 12abc", 11, "expected a space or an operator after a number")]
    [InlineData("count = 1e", 11, "expected digits in the number's exponent")]
    [InlineData("count = 1e400", 9, "the number is too large")]
    [InlineData("S_INTERSECTS(geometry, POINT(1))", 31, "expected a second coordinate")]
    [InlineData("S_INTERSECTS(grade, POINT(1 2))", 14, "'grade' is not a geometry")]
    [InlineData("S_INTERSECTS(geometry, POINT(200 2))", 30, "coordinates must be longitude in [-180, 180]")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1)))", 46, "a polygon ring needs at least 4 points")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))", 24, "the POLYGON is not valid")]
    [InlineData("S_INTERSECTS(geometry, POINT EMPTY)", 30, "EMPTY geometries are not supported")]
    [InlineData("S_INTERSECTS(geometry, BBOX(1,2,3))", 24, "BBOX takes 4 numbers")]
    [InlineData("S_INTERSECTS(geometry, BBOX(1,4,3,2))", 24, "BBOX is inverted")]
    [InlineData("S_INTERSECTS(geometry, POINT Z (1 2))", 36, "expected a third coordinate")]
    [InlineData("S_INTERSECTS(geometry, POINT ZM (1 2 3))", 39, "expected a measure")]
    [InlineData("S_INTERSECTS(geometry, LINESTRING(0 0 1, 1 1))", 45, "expected a third coordinate")]
    [InlineData("S_INTERSECTS(geometry, LINESTRING(0 0, 1 1 5))", 44, "expected ')' to close LINESTRING(")]
    [InlineData("S_DWITHIN(geometry, POINT(1 2), 5)", 1, "S_DWITHIN is not supported")]
    [InlineData("T_AFTER(day, DATE('2022-04-16'))", 1, "T_AFTER is not supported")]
    [InlineData("S_CONTAINS(nosuch, POINT(1 2))", 12, "unknown property 'nosuch'")]
    [InlineData("S_TOUCHES(count, POINT(1 2))", 11, "'count' is not a geometry: S_TOUCHES takes 'geometry'")]
    [InlineData("geometry = 1", 1, "'geometry' can only be used inside spatial functions")]
    [InlineData("grade = POINT(1 2)", 9, "geometries go inside spatial functions")]
    [InlineData("day = TIMESTAMP('2022-04-16T10:13:19Z')", 7, "type mismatch: property 'day' (position 1) is a date but the value TIMESTAMP('2022-04-16T10:13:19Z') is a timestamp")]
    [InlineData("at < DATE('2022-04-16')", 6, "type mismatch: property 'at' (position 1) is a timestamp but the value DATE('2022-04-16') is a date")]
    [InlineData("day = '2022-04-16'", 7, "type mismatch: property 'day' (position 1) is a date but the value '2022-04-16' is a string")]
    [InlineData("day IN (DATE('2022-04-16'), 3)", 29, "type mismatch")]
    [InlineData("day BETWEEN DATE('2022-01-01') AND 5", 36, "type mismatch")]
    [InlineData("at BETWEEN DATE('2022-01-01') AND DATE('2022-01-02')", 12, "type mismatch")]
    [InlineData("day LIKE '2022%'", 1, "type mismatch: LIKE compares strings")]
    [InlineData("day = DATE('2022-02-30')", 12, "'2022-02-30' is not a date: write DATE('YYYY-MM-DD')")]
    [InlineData("day = DATE('22-04-16')", 12, "is not a date")]
    [InlineData("day = DATE('2022-04-16T00:00:00Z')", 12, "is not a date")]
    [InlineData("day = DATE(2022)", 12, "expected a quoted date after DATE( but found '2022'")]
    [InlineData("day = DATE('2022-04-16'", 24, "expected ')' to close DATE(")]
    [InlineData("at = TIMESTAMP('2022-04-16 10:13:19Z')", 16, "is not a timestamp: write TIMESTAMP('YYYY-MM-DDTHH:MM:SS[.fraction]Z')")]
    [InlineData("at = TIMESTAMP('2022-04-16T10:13:19')", 16, "is not a timestamp")]
    [InlineData("at = TIMESTAMP('2022-04-16T24:00:00Z')", 16, "is not a timestamp")]
    [InlineData("at = TIMESTAMP('2022-04-16T10:13:60Z')", 16, "is not a timestamp")]
    [InlineData("at = TIMESTAMP('0001-01-01T00:00:00+01:00')", 16, "is not a timestamp")]
    [InlineData("at = TIMESTAMP('2022-04-16T10:13:19Z\n')", 16, "is not a timestamp")]
    [InlineData("CASEI(count) = 'x'", 7, "type mismatch: CASEI takes a string")]
    [InlineData("\"grade = 'D'", 1, "unterminated quoted property name")]
    public void Parse_Malformed_ReportsWhereAndWhat(string text, int position, string problem)
    {
        var error = Assert.Throws<FilterParseException>(() => Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.EndsWith($" at position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverTheLimits_IsRefused()
    {
        Assert.Contains("longer than", Assert.Throws<FilterParseException>(() => Parse(new string(' ', Cql2TextParser.MaxLength + 1))).Problem, StringComparison.Ordinal);

        var deep = new string('(', Cql2TextParser.MaxDepth + 1) + "count = 1" + new string(')', Cql2TextParser.MaxDepth + 1);
        var nested = Assert.Throws<FilterParseException>(() => Parse(deep));
        Assert.Equal(Cql2TextParser.MaxDepth + 1, nested.Position);
        Assert.Contains("nests more than", nested.Problem, StringComparison.Ordinal);
        Parse(new string('(', Cql2TextParser.MaxDepth) + "count = 1" + new string(')', Cql2TextParser.MaxDepth));

        var list = "count IN (" + string.Join(",", Enumerable.Range(0, Cql2TextParser.MaxListItems + 1)) + ")";
        Assert.Contains("at most 1000 items", Assert.Throws<FilterParseException>(() => Parse(list)).Problem, StringComparison.Ordinal);

        var line = "S_INTERSECTS(geometry, LINESTRING(" + string.Join(",", Enumerable.Range(0, 501).Select(i => "1 1")) + "))";
        var many = line + " OR " + line;
        Assert.Contains("more than 1000 vertices", Assert.Throws<FilterParseException>(() => Parse(many)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameExpression()
    {
        var text = "NOT (grade LIKE CASEI('a''b\\_%') OR count NOT BETWEEN -1 AND 2.5E+300) AND (share IS NULL AND S_INTERSECTS(geometry, BBOX(-81,35,-80,36)))"
            + " OR day IN (date('2022-04-16')) AND at >= TIMESTAMP('2022-04-16T10:13:19.25Z') OR s_within(geometry, BBOX(170,-10,-170,10))";
        var parsed = Parse(text);

        Assert.Equal(parsed, Parse(parsed.ToString()));
        Assert.Equal("NOT (\"grade\" LIKE CASEI('a''b\\_%') OR \"count\" NOT BETWEEN -1 AND 2.5E+300) AND (\"share\" IS NULL AND S_INTERSECTS(\"geometry\", BBOX(-81.0,35.0,-80.0,36.0)))"
            + " OR \"day\" IN (DATE('2022-04-16')) AND \"at\" >= TIMESTAMP('2022-04-16T10:13:19.25Z') OR S_WITHIN(\"geometry\", BBOX(170.0,-10.0,-170.0,10.0))", parsed.ToString());
    }
}
