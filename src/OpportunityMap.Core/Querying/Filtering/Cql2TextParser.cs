namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// Parses CQL2 text (OGC 21-065: basic CQL2 with DATE and TIMESTAMP instants, advanced comparison operators, the
/// spatial functions S_INTERSECTS … S_CONTAINS with any WKT geometry or BBOX, CASEI) against one layer: only its
/// queryable properties and its geometry (by <see cref="LayerMetadata.GeometryName"/>) may be named, and the types of
/// both sides of every predicate must fit. Hand-written recursive descent; every error names a 1-based position.
/// </summary>
public sealed class Cql2TextParser
{
    /// <summary>The longest filter text accepted.</summary>
    public const int MaxLength = 8_000;

    /// <summary>How deeply parentheses, NOT and functions may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most items in one IN list.</summary>
    public const int MaxListItems = 1_000;

    private readonly LayerMetadata _layer;
    private readonly List<CqlToken> _tokens;
    private readonly WktReader _wkt;
    private int _next;
    private int _depth;

    private Cql2TextParser(string text, LayerMetadata layer, bool latitudeFirst)
    {
        _layer = layer;
        _tokens = CqlLexer.Tokenize(text);
        _wkt = new WktReader(this, latitudeFirst);
    }

    /// <summary>Parses <paramref name="text"/> for <paramref name="layer"/>.</summary>
    /// <param name="latitudeFirst">Coordinates are written latitude first (filter-crs EPSG:4326); else lon/lat (CRS84).</param>
    /// <exception cref="FilterParseException">The text is not a valid filter for this layer.</exception>
    public static FilterExpression Parse(string text, LayerMetadata layer, bool latitudeFirst = false)
    {
        if (text.Length > MaxLength)
        {
            throw new FilterParseException(MaxLength + 1, $"the filter is longer than {MaxLength} characters");
        }

        var parser = new Cql2TextParser(text, layer, latitudeFirst);
        if (parser.Peek.Kind == CqlTokenKind.End)
        {
            throw new FilterParseException(1, "the filter is empty");
        }

        var expression = parser.ParseOr();
        if (parser.Peek.Kind != CqlTokenKind.End)
        {
            throw Error(parser.Peek, $"expected AND, OR or the end of the filter but found {parser.Peek.Describe()}");
        }

        return expression;
    }

    internal CqlToken Peek => _tokens[_next];

    internal CqlToken Take() => _tokens[_next == _tokens.Count - 1 ? _next : _next++];

    internal static FilterParseException Error(CqlToken token, string problem) => new(token.Start + 1, problem);

    internal CqlToken Expect(string symbol, string after)
    {
        var token = Take();
        return token.IsSymbol(symbol) ? token : throw Error(token, $"expected '{symbol}' {after} but found {token.Describe()}");
    }

    internal void Enter(CqlToken at)
    {
        if (++_depth > MaxDepth)
        {
            throw Error(at, $"the filter nests more than {MaxDepth} levels deep");
        }
    }

    internal void Leave() => _depth--;

    internal double ReadNumber(string what)
    {
        var token = Take();
        if (token.Kind != CqlTokenKind.Number)
        {
            throw Error(token, $"expected {what} but found {token.Describe()}");
        }

        var value = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : throw Error(token, "the number is too large");
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsWord("OR"))
        {
            Take();
            left = new OrExpression(left, ParseAnd());
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseNot();
        while (Peek.IsWord("AND"))
        {
            Take();
            left = new AndExpression(left, ParseNot());
        }

        return left;
    }

    private FilterExpression ParseNot()
    {
        if (!Peek.IsWord("NOT"))
        {
            return ParsePrimary();
        }

        var not = Take();
        Enter(not);
        var operand = ParseNot();
        Leave();
        return new NotExpression(operand);
    }

    private FilterExpression ParsePrimary()
    {
        var token = Peek;
        if (token.IsSymbol("("))
        {
            Take();
            Enter(token);
            var inner = ParseOr();
            Leave();
            Expect(")", "to close the '(' at position " + (token.Start + 1));
            return inner;
        }

        if (token.Kind == CqlTokenKind.Word && SpatialPredicate.ByName.TryGetValue(token.Text, out var spatial))
        {
            Take();
            Enter(token);
            var name = token.Text.ToUpperInvariant();
            Expect("(", $"after {name}");
            var left = ParseGeometryOperand(name);
            Expect(",", $"between the two geometries of {name}");
            var right = ParseGeometryOperand(name);
            Expect(")", $"after the second geometry of {name}");
            Leave();
            return new SpatialPredicate(spatial, left, right);
        }

        if (token.Kind == CqlTokenKind.Word && _tokens[_next + 1].IsSymbol("(") && IsUnsupportedFunction(token))
        {
            throw Error(token, $"{token.Text.ToUpperInvariant()} is not supported (no temporal, array or accent-insensitive functions)");
        }

        if (token.Kind == CqlTokenKind.End)
        {
            throw Error(token, "expected a predicate but found the end of the filter");
        }

        var value = ParseScalar("a property, a value or a predicate");
        return ParsePredicate(value, token);
    }

    private FilterExpression ParsePredicate(ScalarExpression value, CqlToken start)
    {
        var op = Peek;
        if (op.Kind == CqlTokenKind.Symbol && ComparisonOperatorSymbols.BySymbol.TryGetValue(op.Text, out var comparison))
        {
            Take();
            var rightToken = Peek;
            var right = ParseScalar($"a value after '{op.Text}'");
            RequireSameKind(value, right, start, rightToken);
            return new Comparison(comparison, value, right);
        }

        var negated = false;
        if (op.IsWord("NOT"))
        {
            Take();
            negated = true;
            if (!(Peek.IsWord("LIKE") || Peek.IsWord("IN") || Peek.IsWord("BETWEEN")))
            {
                throw Error(Peek, $"expected LIKE, IN or BETWEEN after NOT but found {Peek.Describe()}");
            }

            op = Peek;
        }

        if (op.IsWord("LIKE"))
        {
            Take();
            RequireKind(value, ValueKind.String, start, "LIKE compares strings");
            var pattern = ParsePattern();
            return new LikePredicate(value, pattern, negated);
        }

        if (op.IsWord("IN"))
        {
            Take();
            return ParseIn(value, start, negated);
        }

        if (op.IsWord("BETWEEN"))
        {
            Take();
            if (value.Kind is not (ValueKind.Number or ValueKind.Date or ValueKind.Timestamp))
            {
                RequireKind(value, ValueKind.Number, start, "BETWEEN compares numbers, dates or timestamps");
            }

            var lowToken = Peek;
            var low = ParseScalar("a value after BETWEEN");
            RequireSameKind(value, low, start, lowToken);
            if (!Peek.IsWord("AND"))
            {
                throw Error(Peek, $"expected AND between the bounds of BETWEEN but found {Peek.Describe()}");
            }

            Take();
            var highToken = Peek;
            var high = ParseScalar("a value after BETWEEN ... AND");
            RequireSameKind(value, high, start, highToken);
            return new BetweenPredicate(value, low, high, negated);
        }

        if (op.IsWord("IS"))
        {
            Take();
            var isNot = false;
            if (Peek.IsWord("NOT"))
            {
                Take();
                isNot = true;
            }

            if (!Peek.IsWord("NULL"))
            {
                throw Error(Peek, $"expected NULL after IS{(isNot ? " NOT" : "")} but found {Peek.Describe()}");
            }

            Take();
            return new IsNullPredicate(value, isNot);
        }

        if (value is Literal { Value: bool constant })
        {
            return new BooleanConstant(constant);
        }

        throw Error(op, op.Kind == CqlTokenKind.End
            ? "expected an operator (=, <>, <, <=, >, >=, LIKE, IN, BETWEEN, IS NULL) but found the end of the filter"
            : $"expected an operator (=, <>, <, <=, >, >=, LIKE, IN, BETWEEN, IS NULL) but found {op.Describe()}");
    }

    private InPredicate ParseIn(ScalarExpression value, CqlToken start, bool negated)
    {
        Expect("(", "after IN");
        var items = new List<ScalarExpression>();
        while (true)
        {
            var itemToken = Peek;
            if (items.Count == MaxListItems)
            {
                throw Error(itemToken, $"an IN list may have at most {MaxListItems} items");
            }

            var item = ParseScalar(items.Count == 0 ? "a value after IN (" : "a value after ','");
            RequireSameKind(value, item, start, itemToken);
            items.Add(item);
            var separator = Take();
            if (separator.IsSymbol(")"))
            {
                return new InPredicate(value, items, negated);
            }

            if (!separator.IsSymbol(","))
            {
                throw Error(separator, $"expected ',' or ')' in the IN list but found {separator.Describe()}");
            }
        }
    }

    private ScalarExpression ParsePattern()
    {
        var token = Take();
        if (token.IsWord("CASEI"))
        {
            Enter(token);
            Expect("(", "after CASEI");
            var inner = ParsePattern();
            Expect(")", "to close CASEI(");
            Leave();
            return new CaseInsensitive(inner);
        }

        if (token.Kind != CqlTokenKind.String)
        {
            throw Error(token, $"expected a pattern string after LIKE but found {token.Describe()}");
        }

        if (LikePattern.Problem(token.Text) is { } problem)
        {
            throw Error(token, problem);
        }

        return new Literal(token.Text);
    }

    /// <summary>A property, a literal or CASEI(...); <paramref name="what"/> says what was expected, for errors.</summary>
    private ScalarExpression ParseScalar(string what)
    {
        var token = Take();
        switch (token.Kind)
        {
            case CqlTokenKind.String:
                return new Literal(token.Text);
            case CqlTokenKind.Number:
                return NumberLiteral(token);
            case CqlTokenKind.QuotedName:
                return Property(token);
            case CqlTokenKind.Word when token.IsWord("TRUE") || token.IsWord("FALSE"):
                return new Literal(token.IsWord("TRUE"));
            case CqlTokenKind.Word when token.IsWord("CASEI"):
            {
                Enter(token);
                Expect("(", "after CASEI");
                var operandToken = Peek;
                var operand = ParseScalar("a string or a property inside CASEI(");
                RequireKind(operand, ValueKind.String, operandToken, "CASEI takes a string");
                Expect(")", "to close CASEI(");
                Leave();
                return new CaseInsensitive(operand);
            }

            case CqlTokenKind.Word when (token.IsWord("DATE") || token.IsWord("TIMESTAMP")) && Peek.IsSymbol("("):
                return Instant(token);
            case CqlTokenKind.Word when Peek.IsSymbol("(") || WktReader.IsGeometryKeyword(token.Text):
                throw Error(token, $"expected {what} but found the function or geometry {token.Text.ToUpperInvariant()} (geometries go inside spatial functions such as S_INTERSECTS)");
            case CqlTokenKind.Word when !IsKeyword(token):
                return Property(token);
            default:
                throw Error(token, $"expected {what} but found {token.Describe()}");
        }
    }

    private ScalarExpression ParseGeometryOperand(string function)
    {
        var token = Peek;
        if (token.Kind == CqlTokenKind.QuotedName || (token.Kind == CqlTokenKind.Word && !WktReader.IsGeometryKeyword(token.Text) && !token.IsWord("BBOX")))
        {
            Take();
            if (token.Text == _layer.GeometryName)
            {
                return new GeometryProperty(_layer.GeometryName);
            }

            throw _layer.FindProperty(token.Text) is { Queryable: true }
                ? Error(token, $"'{token.Text}' is not a geometry: {function} takes '{_layer.GeometryName}', a WKT geometry or BBOX(...)")
                : UnknownProperty(token);
        }

        return _wkt.ReadGeometry(_layer.GeometryName);
    }

    // DATE('YYYY-MM-DD') or TIMESTAMP('YYYY-MM-DDTHH:MM:SS[.fraction]Z'); the keyword is already taken.
    private Literal Instant(CqlToken keyword)
    {
        var name = keyword.Text.ToUpperInvariant();
        Expect("(", $"after {name}");
        var text = Take();
        if (text.Kind != CqlTokenKind.String)
        {
            throw Error(text, $"expected a quoted {(name == "DATE" ? "date" : "timestamp")} after {name}( but found {text.Describe()}");
        }

        Expect(")", $"to close {name}(");
        if (name == "DATE")
        {
            return TemporalValues.TryParseDate(text.Text, out var date)
                ? new Literal(date)
                : throw Error(text, $"'{text.Text}' is not a date: write DATE('YYYY-MM-DD'), e.g. DATE('2022-04-16')");
        }

        return TemporalValues.TryParseTimestamp(text.Text, out var instant)
            ? new Literal(instant)
            : throw Error(text, $"'{text.Text}' is not a timestamp: write TIMESTAMP('YYYY-MM-DDTHH:MM:SS[.fraction]Z'), e.g. TIMESTAMP('2022-04-16T10:13:19Z')");
    }

    private PropertyReference Property(CqlToken token)
    {
        var property = _layer.FindProperty(token.Text);
        if (property is { Queryable: true, Type: not PropertyType.Json })
        {
            return new PropertyReference(property.Name, property.Type);
        }

        if (token.Text == _layer.GeometryName)
        {
            throw Error(token, $"'{_layer.GeometryName}' can only be used inside spatial functions such as S_INTERSECTS");
        }

        throw UnknownProperty(token);
    }

    private FilterParseException UnknownProperty(CqlToken token)
    {
        var queryable = string.Join(", ", _layer.Properties.Where(p => p.Queryable && p.Type != PropertyType.Json).Select(p => p.Name).Append(_layer.GeometryName));
        return Error(token, $"unknown property '{token.Text}' (this collection's queryables: {queryable})");
    }

    private static Literal NumberLiteral(CqlToken token)
    {
        if (!token.Text.Contains('.') && !token.Text.Contains('e') && !token.Text.Contains('E')
            && long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new Literal(integer);
        }

        var value = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? new Literal(value) : throw Error(token, "the number is too large");
    }

    private static void RequireKind(ScalarExpression value, ValueKind kind, CqlToken at, string rule)
    {
        if (value.Kind != kind)
        {
            throw Error(at, $"type mismatch: {rule}, but {Describe(value)} is a {Name(value.Kind)}");
        }
    }

    private static void RequireSameKind(ScalarExpression left, ScalarExpression right, CqlToken leftToken, CqlToken at)
    {
        if (left.Kind != right.Kind)
        {
            throw Error(at, $"type mismatch: {Describe(left)} (position {leftToken.Start + 1}) is a {Name(left.Kind)} but {Describe(right)} is a {Name(right.Kind)}");
        }
    }

    private static string Describe(ScalarExpression value) => value switch
    {
        PropertyReference p => $"property '{p.Name}'",
        Literal l => $"the value {Cql2TextWriter.Write(l)}",
        CaseInsensitive => "CASEI(...)",
        _ => "the geometry",
    };

    private static string Name(ValueKind kind) => kind.ToString().ToLowerInvariant();

    private static bool IsKeyword(CqlToken token) => Keywords.Contains(token.Text);

    private static bool IsUnsupportedFunction(CqlToken token) =>
        token.Text.StartsWith("S_", StringComparison.OrdinalIgnoreCase)
        || token.Text.StartsWith("T_", StringComparison.OrdinalIgnoreCase)
        || token.Text.StartsWith("A_", StringComparison.OrdinalIgnoreCase)
        || token.IsWord("ACCENTI") || token.IsWord("INTERVAL");

    private static readonly HashSet<string> Keywords = new(
        ["AND", "OR", "NOT", "LIKE", "IN", "BETWEEN", "IS", "NULL", "TRUE", "FALSE", "CASEI", "BBOX", .. SpatialPredicate.ByName.Keys],
        StringComparer.OrdinalIgnoreCase);
}
