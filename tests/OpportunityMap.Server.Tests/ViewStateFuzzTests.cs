using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpportunityMap.Server.Sharing;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Property-based fuzzing of the view-state parser (CsCheck, with shrinking), behind /embed, /oembed and /map.png:
/// whatever the query, it never throws, every value it keeps is within its range, the title is one clean line, and
/// the query string it writes back parses to the same view.
/// </summary>
public sealed class ViewStateFuzzTests
{
    private static readonly string[] Names = ["c", "z", "layers", "cats", "opacity", "pt", "city", "lang", "title", "width", "height", "x", ""];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Select(Gen.Double[-100, 100], Gen.Double[-200, 200]).Select((lat, lon) => FormattableString.Invariant($"{lat},{lon}")),
        Pick("", ",", "35.2,-80.8", "85.06,180", "90,0", "NaN,NaN", "1e309,0", "none", "redlining-1935,zip-mobility", "school,library,,",
            "es", "en", "\u0001\u0002", "a\tb\nc", "<script>", "\ud83c\udf0d title", "1200", "2048", "2049", "199", "-0", "0x10", "\u0661\u0662"),
        Gen.String[0, 40],
        Gen.String[100, 300]);

    private static readonly Gen<Dictionary<string, StringValues>> Query =
        Gen.Select(Pick(Names), Value.Array[1, 2]).Array[0, 8].Select(pairs =>
        {
            var query = new Dictionary<string, StringValues>();
            foreach (var (name, values) in pairs)
            {
                query[name] = new StringValues(values);
            }

            return query;
        });

    [Fact]
    public void Parse_AnyQuery_NeverThrows_KeepsValuesInRange_AndRoundTrips() =>
        Query.Sample(query =>
        {
            var image = MapImageRequest.Parse(new QueryCollection(query));
            var view = image.View;

            Assert.InRange(image.Width, MapImageRequest.MinSize, MapImageRequest.MaxSize);
            Assert.InRange(image.Height, MapImageRequest.MinSize, MapImageRequest.MaxSize);
            Assert.InRange(view.Zoom, 0, ViewState.MaxZoom);
            Assert.InRange(view.Opacity, 0, 1);
            Assert.InRange(view.CentreLat, -WebMercator.MaxLatitude, WebMercator.MaxLatitude);
            Assert.InRange(view.CentreLon, -180, 180);
            Assert.Contains(view.Lang, new[] { "en", "es" });
            if (view.Title is { } title)
            {
                Assert.DoesNotContain(title, char.IsControl);
                Assert.Equal(title.Trim(), title);
                Assert.NotEqual("", title);
            }

            Assert.False(string.IsNullOrWhiteSpace(view.DisplayTitle));
            var again = ViewState.Parse(QueryHelpers.ParseQuery(view.Suffix));
            Assert.Equal((view.CentreLat, view.CentreLon, view.Zoom, view.Opacity, view.Point, view.City, view.Lang, view.Title),
                (again.CentreLat, again.CentreLon, again.Zoom, again.Opacity, again.Point, again.City, again.Lang, again.Title));
            Assert.Equal(view.Layers.Order(StringComparer.Ordinal), again.Layers.Order(StringComparer.Ordinal));
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
}
