using NetTopologySuite.Operation.Valid;

namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// Reads the geometry literals of CQL2 text (WKT POINT ... GEOMETRYCOLLECTION and BBOX(w,s,e,n[,...])) from the
/// parser's tokens, into SRID 4326 lon/lat geometries. Heights and measures (<c>POINT Z (x y z)</c>, <c>POINT(x y z)</c>,
/// <c>M</c>, <c>ZM</c>) are read and dropped: the data is 2D. A BBOX with west &gt; east crosses the antimeridian.
/// Polygons must be valid; all literals together have at most <see cref="MaxVertices"/> vertices.
/// </summary>
internal sealed class WktReader(Cql2TextParser parser, bool latitudeFirst)
{
    public const int MaxVertices = 1_000;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly string[] Keywords = ["POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"];
    private int _vertices;

    // How many numbers each coordinate has in the geometry being read: 2 or 3 untagged, 3 for Z or M, 4 for ZM.
    private int _dimensions;

    public static bool IsGeometryKeyword(string word) => Keywords.Contains(word, StringComparer.OrdinalIgnoreCase);

    public GeometryLiteral ReadGeometry(string geometryName)
    {
        var start = parser.Peek;
        if (start.IsWord("BBOX"))
        {
            parser.Take();
            return ReadBbox(start);
        }

        var geometry = ReadTagged(geometryName);
        if (geometry is Polygon or MultiPolygon or GeometryCollection && !geometry.IsValid)
        {
            var error = new IsValidOp(geometry).ValidationError;
            throw Cql2TextParser.Error(start, $"the {geometry.GeometryType.ToUpperInvariant()} is not valid: {error?.Message.ToLowerInvariant() ?? "invalid"}");
        }

        return new GeometryLiteral(geometry);
    }

    private Geometry ReadTagged(string geometryName)
    {
        var token = parser.Take();
        if (token.Kind != CqlTokenKind.Word || !IsGeometryKeyword(token.Text))
        {
            throw Cql2TextParser.Error(token, $"expected '{geometryName}', a WKT geometry (POINT, LINESTRING, POLYGON, MULTI..., GEOMETRYCOLLECTION) or BBOX(...) but found {token.Describe()}");
        }

        parser.Enter(token);
        var keyword = token.Text.ToUpperInvariant();
        var outer = _dimensions;
        _dimensions = parser.Peek.IsWord("ZM") ? 4 : parser.Peek.IsWord("Z") || parser.Peek.IsWord("M") ? 3 : 0;
        var tagged = _dimensions > 0 ? keyword + " " + parser.Take().Text.ToUpperInvariant() : keyword;

        if (parser.Peek.IsWord("EMPTY"))
        {
            throw Cql2TextParser.Error(parser.Peek, "EMPTY geometries are not supported");
        }

        parser.Expect("(", $"after {tagged}");
        Geometry geometry = keyword switch
        {
            "POINT" => Factory.CreatePoint(ReadCoordinate()),
            "LINESTRING" => ReadLineString(token),
            "POLYGON" => ReadPolygon(),
            "MULTIPOINT" => Factory.CreateMultiPoint(ReadList(ReadMultiPointMember).ToArray()),
            "MULTILINESTRING" => Factory.CreateMultiLineString(ReadList(() => Wrapped(() => ReadLineString(token))).ToArray()),
            "MULTIPOLYGON" => Factory.CreateMultiPolygon(ReadList(() => Wrapped(() => ReadPolygon())).ToArray()),
            _ => Factory.CreateGeometryCollection(ReadList(() => ReadTagged(geometryName)).ToArray()),
        };
        parser.Expect(")", $"to close {keyword}(");
        parser.Leave();
        _dimensions = outer;
        return geometry;
    }

    // Rings and line strings of a MULTI... are each in their own parentheses.
    private T Wrapped<T>(Func<T> read)
    {
        parser.Expect("(", "before the next member");
        var value = read();
        parser.Expect(")", "after the member");
        return value;
    }

    private Point ReadMultiPointMember()
    {
        // Both MULTIPOINT((1 2), (3 4)) and MULTIPOINT(1 2, 3 4) are WKT.
        if (parser.Peek.IsSymbol("("))
        {
            return Wrapped(() => Factory.CreatePoint(ReadCoordinate()));
        }

        return Factory.CreatePoint(ReadCoordinate());
    }

    private LineString ReadLineString(CqlToken at)
    {
        var coordinates = ReadList(ReadCoordinate);
        return coordinates.Count >= 2
            ? Factory.CreateLineString([.. coordinates])
            : throw Cql2TextParser.Error(at, "a LINESTRING needs at least 2 points");
    }

    private Polygon ReadPolygon()
    {
        var rings = ReadList(() => Wrapped(() =>
        {
            var ring = ReadList(ReadCoordinate);
            if (ring.Count < 4 || !ring[0].Equals2D(ring[^1]))
            {
                throw Cql2TextParser.Error(parser.Peek, "a polygon ring needs at least 4 points and must end where it starts");
            }

            return Factory.CreateLinearRing([.. ring]);
        }));
        return Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
    }

    private List<T> ReadList<T>(Func<T> read)
    {
        var items = new List<T> { read() };
        while (parser.Peek.IsSymbol(","))
        {
            parser.Take();
            items.Add(read());
        }

        return items;
    }

    private Coordinate ReadCoordinate()
    {
        var at = parser.Peek;
        if (++_vertices > MaxVertices)
        {
            throw Cql2TextParser.Error(at, $"the filter's geometries have more than {MaxVertices} vertices");
        }

        var first = parser.ReadNumber("a coordinate");
        var second = parser.ReadNumber("a second coordinate");
        if (_dimensions == 0 && parser.Peek.Kind == CqlTokenKind.Number)
        {
            // An untagged third number is a height (CQL2: point = x y [z]); the rest of this geometry must have one too.
            _dimensions = 3;
        }

        for (var extra = 2; extra < _dimensions; extra++)
        {
            parser.ReadNumber(_dimensions == 4 && extra == 3 ? "a measure (ZM coordinates have 4 numbers)" : "a third coordinate");
        }

        _dimensions = Math.Max(_dimensions, 2);
        var (lon, lat) = latitudeFirst ? (second, first) : (first, second);
        CheckRange(at, lon, lat);
        return new Coordinate(lon, lat);
    }

    private GeometryLiteral ReadBbox(CqlToken at)
    {
        parser.Expect("(", "after BBOX");
        var numbers = new List<double> { parser.ReadNumber("a number in BBOX") };
        while (parser.Peek.IsSymbol(","))
        {
            parser.Take();
            numbers.Add(parser.ReadNumber("a number in BBOX"));
        }

        parser.Expect(")", "to close BBOX(");
        if (numbers.Count is not (4 or 6))
        {
            throw Cql2TextParser.Error(at, "BBOX takes 4 numbers (west, south, east, north) or 6 with heights");
        }

        var (x1, y1, x2, y2) = numbers.Count == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
        var (west, south, east, north) = latitudeFirst ? (y1, x1, y2, x2) : (x1, y1, x2, y2);
        CheckRange(at, west, south);
        CheckRange(at, east, north);
        if (south > north)
        {
            throw Cql2TextParser.Error(at, "BBOX is inverted: give west, south, east, north with south <= north (west > east crosses the antimeridian)");
        }

        return GeometryLiteral.Bbox(west, south, east, north);
    }

    private static void CheckRange(CqlToken at, double lon, double lat)
    {
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw Cql2TextParser.Error(at, "coordinates must be longitude in [-180, 180] and latitude in [-90, 90]");
        }
    }
}
