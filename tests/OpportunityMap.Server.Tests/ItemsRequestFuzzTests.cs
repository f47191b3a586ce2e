using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Property-based fuzzing of the items query parser (CsCheck, with shrinking): whatever the query string, it never
/// throws, and either returns a query within every limit or reports errors keyed by the offending parameters.
/// </summary>
public sealed class ItemsRequestFuzzTests
{
    private const int MaxLimit = 10_000;

    private static readonly LayerMetadata Layer = new(
        "fuzz", "Fuzz", "", "Point", [],
        [
            new PropertyDefinition("name", PropertyType.String, "Name", Queryable: true),
            new PropertyDefinition("count", PropertyType.Integer, "Count", Queryable: true),
            new PropertyDefinition("share", PropertyType.Number, "Share", Queryable: true),
            new PropertyDefinition("flag", PropertyType.Boolean, "Flag", Queryable: true),
            new PropertyDefinition("secret", PropertyType.String, "Not queryable"),
            new PropertyDefinition("when", PropertyType.Date, "When", Queryable: true),
        ],
        new Envelope(-81, -80, 35, 36));

    private static readonly TemporalProperty Time = new(Layer.Properties[^1]);

    private static readonly string[] Names = ["bbox", "limit", "offset", "f", "name", "count", "share", "flag", "secret", "bbox-crs", "", "LIMIT", "datetime", "when"];

    // Pieces that break naive parsers: signs, exponents, separators, special numbers, unicode digits, injection text.
    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Pick("", " ", ",", ",,", "-", "+", "1e309", "NaN", "-Infinity", "0x1F", "１", "\u0000", "'", "\"", "' OR 1=1--",
            "<script>", "true", "TRUE", "json", "html", "-180", "180", "90", "-90", "10000", "10001", "0", "-0", "00001",
            "..", "/", "2018-02-12", "2018-02-12T23:20:50Z", "2018-02-30", "T", "Z", "+02:00"),
        Gen.String[0, 20]);

    private static readonly Gen<string> Value = Token.Array[1, 7].Select(parts => string.Join((parts.Length % 2 == 0 ? "," : ""), parts));

    private static readonly Gen<Dictionary<string, StringValues>> Query =
        Gen.Select(Pick(Names), Value.Array[1, 3]).Array[0, 6].Select(pairs =>
        {
            var query = new Dictionary<string, StringValues>();
            foreach (var (name, values) in pairs)
            {
                query[name] = new StringValues(values);
            }

            return query;
        });

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void Parse_AnyQuery_NeverThrows_AndRespectsEveryLimit() =>
        Query.Sample(query =>
        {
            var parsed = ItemsRequest.Parse(new QueryCollection(query), Layer, 100, MaxLimit, Time, out var errors);
            if (parsed is null)
            {
                Assert.NotEmpty(errors);
                Assert.All(errors.Keys, key => Assert.Contains(key, query.Keys));
                return;
            }

            Assert.Empty(errors);
            Assert.InRange(parsed.Limit, 1, MaxLimit);
            Assert.InRange(parsed.Offset, 0, ItemsRequest.MaxOffset);
            Assert.All(parsed.Filters, f => Assert.Contains(f.Property, new[] { "name", "count", "share", "flag", "when" }));
            if (parsed.Bbox is { } box)
            {
                Assert.True(box.MinX <= box.MaxX && box.MinY <= box.MaxY);
                Assert.InRange(box.MinX, -180, 180);
                Assert.InRange(box.MaxY, -90, 90);
            }
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Theory]
    [InlineData("bbox", "-80.9,35.1,-80.8,35.2", true)]
    [InlineData("bbox", "-80.9,35.1,0,-80.8,35.2,10", true)]
    [InlineData("bbox", "170,35.1,-170,35.2", true)]
    [InlineData("bbox", "-80.9,35.2,-80.8,35.1", false)]
    [InlineData("bbox", "1e309,0,1,1", false)]
    [InlineData("limit", "10000", true)]
    [InlineData("limit", "10001", true)]
    [InlineData("limit", "99999999999999999999999", true)]
    [InlineData("limit", "0", false)]
    [InlineData("limit", "+5", false)]
    [InlineData("limit", " 5", false)]
    [InlineData("datetime", "2018-02-12T23:20:50Z", true)]
    [InlineData("datetime", "2018-02-12", true)]
    [InlineData("datetime", "2018-02-12T00:00:00Z/..", true)]
    [InlineData("datetime", "/2018-02-12T00:00:00+02:00", true)]
    [InlineData("datetime", "../..", false)]
    [InlineData("datetime", "/", false)]
    [InlineData("datetime", "2019-01-01/2018-01-01", false)]
    [InlineData("datetime", "2018-02-12T23:20:50", false)]
    [InlineData("datetime", "2018-02-12/2018-03-01/2018-04-01", false)]
    [InlineData("when", "2022-04-16", true)]
    [InlineData("when", "2022-02-30", false)]
    [InlineData("count", "-12", true)]
    [InlineData("count", "1.5", false)]
    [InlineData("share", "0.25", true)]
    [InlineData("share", "Infinity", false)]
    [InlineData("flag", "True", true)]
    [InlineData("flag", "yes", false)]
    [InlineData("secret", "x", false)]
    public void Parse_EdgeCases(string name, string value, bool valid)
    {
        var parsed = ItemsRequest.Parse(new QueryCollection(new Dictionary<string, StringValues> { [name] = value }), Layer, 100, MaxLimit, Time, out var errors);

        Assert.Equal(valid, parsed is not null);
        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("10001", MaxLimit)]
    [InlineData("123456789012", MaxLimit)]
    [InlineData("7", 7)]
    public void Parse_LimitAboveTheMaximum_IsTheMaximum(string limit, int expected)
    {
        // OGC API - Features 1.0.1, /req/core/fc-limit-response-1: the server uses its maximum, it does not refuse.
        var parsed = ItemsRequest.Parse(new QueryCollection(new Dictionary<string, StringValues> { ["limit"] = limit }), Layer, 100, MaxLimit, Time, out _);

        Assert.Equal(expected, parsed!.Limit);
    }
}
