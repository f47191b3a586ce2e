using CsCheck;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Server.Analysis;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Property-based fuzzing of the posted-area parser (CsCheck, with shrinking), like the filter parser's: whatever the
/// bytes (GeoJSON-shaped or not, valid UTF-8 or not), it never throws; an area it accepts is valid, has area, lies in
/// the projection's area of use and can be summarised; anything else is refused with a reason.
/// </summary>
public sealed class AreaInputFuzzTests
{
    private static readonly AreaLimits Limits = new(MaxVertices: 60, MaxCrossings: 8, "EPSG:2264", Projections.NorthCarolinaAreaOfUse);

    // The analyser over no layers: cheap, and it still projects every accepted area.
    private static readonly AreaAnalyzer Empty = AreaAnalyzer.FromLayers([], Projections.NorthCarolinaFeet);

    private static readonly Gen<double> Number = Gen.OneOf(
        Gen.Double[-81.1, -80.5],
        Gen.Double[35.0, 35.6],
        Gen.Double[-200, 200],
        Gen.Const(-90.0), Gen.Const(90.0), Gen.Const(-180.0), Gen.Const(180.0), Gen.Const(0.0), Gen.Const(1e308), Gen.Const(-84.33), Gen.Const(36.59));

    private static readonly Gen<string> Position = Gen.OneOf(
        Gen.Select(Gen.Double[-81.1, -80.5], Gen.Double[35.0, 35.6]).Select((x, y) => $"[{Text(x)},{Text(y)}]"),
        Gen.Select(Number, Number).Select((x, y) => $"[{Text(x)},{Text(y)}]"),
        Gen.Select(Number, Number, Number).Select((x, y, z) => $"[{Text(x)},{Text(y)},{Text(z)}]"),
        Pick("[]", "[1]", "[\"a\",1]", "null", "[1,2,3,4]", "{}", "[true,false]"));

    // Rings: sometimes closed, sometimes not, of any length (the parser needs 4 or more positions).
    private static readonly Gen<string> RingJson = Gen.Select(Position.Array[0, 12], Gen.Bool).Select((positions, close) =>
        "[" + string.Join(',', close && positions.Length > 0 ? [.. positions, positions[0]] : positions) + "]");

    private static readonly Gen<string> PolygonJson = RingJson.Array[0, 3].Select(rings => "[" + string.Join(',', rings) + "]");

    private static readonly Gen<string> Type = Gen.OneOf(
        Pick("Polygon", "MultiPolygon", "Point", "LineString", "GeometryCollection", "", "polygon", "Pol\\u0000ygon", "\\ud800", "\\udfff\\ud800", "é"),
        Gen.String[0, 12].Select(s => JsonEncodedText.Encode(s).ToString()));

    private static readonly Gen<string> GeometryJson = Gen.Select(Type, Gen.OneOf(PolygonJson, PolygonJson.Array[0, 3].Select(p => "[" + string.Join(',', p) + "]"), Pick("null", "1", "\"x\"", "{}")))
        .Select((type, coordinates) => $$"""{"type":"{{type}}","coordinates":{{coordinates}}}""");

    private static readonly Gen<string> Document = Gen.OneOf(
        GeometryJson,
        GeometryJson.Select(g => $$"""{"type":"Feature","properties":{"name":"x"},"geometry":{{g}}}"""),
        GeometryJson.Array[0, 2].Select(g => $$"""{"type":"FeatureCollection","features":[{{string.Join(',', g.Select(x => $$"""{"type":"Feature","geometry":{{x}}}"""))}}]}"""),
        Pick("{}", "[]", "null", "\"Polygon\"", """{"type":"Feature"}""", """{"type":"Feature","geometry":[]}"""));

    // Bytes: the document as UTF-8, or with invalid bytes spliced in (a lone continuation byte, an overlong form, 0xFF).
    private static readonly Gen<byte[]> Body = Gen.OneOf(
        Document.Select(d => Encoding.UTF8.GetBytes(d)),
        Gen.Select(Document, Gen.Int[0, 200], Gen.OneOf(Gen.Const(new byte[] { 0xff }), Gen.Const(new byte[] { 0xc0, 0xaf }), Gen.Const(new byte[] { 0x80 }), Gen.Const(new byte[] { 0xed, 0xa0, 0x80 })))
            .Select((d, at, bad) =>
            {
                var bytes = Encoding.UTF8.GetBytes(d);
                var i = Math.Min(at, bytes.Length);
                return (byte[])[.. bytes[..i], .. bad, .. bytes[i..]];
            }),
        Gen.Byte.Array[0, 64]);

    [Fact]
    public void Parse_AnyBody_NeverThrows_AndAcceptsOnlyMeasurableAreas() =>
        Body.Sample(bytes =>
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                // The endpoint answers this itself (400, "The body is not JSON").
                return;
            }

            using (document)
            {
                var area = AreaInput.Parse(document.RootElement, Limits, out _, out var error);
                if (area is null)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error));
                    return;
                }

                Assert.True(area.IsValid);
                Assert.True(area.Area > 0);
                Assert.True(area is Polygon or MultiPolygon);
                Assert.True(Limits.AreaOfUse.Contains(area.EnvelopeInternal));
                Assert.True(Empty.Summarize(area).SquareMetres > 0);
            }
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
}
