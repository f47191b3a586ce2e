using System.Globalization;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Server.Localization;

namespace OpportunityMap.Server.Resident;

/// <summary>Builds the card for a point: what contains it on each area layer, the nearest resources, the sources.</summary>
internal sealed class CardBuilder(IFeatureStore store, ResidentIndex index, IProjection projection, Strings strings, string units)
{
    // A box this small around the point is only a pre-filter; containment is tested on the geometry itself.
    private const double Epsilon = 1e-9;

    private static readonly string[] HolcGrades = ["a", "b", "c", "d"];

    public async Task<Card> BuildAsync(double lon, double lat, CancellationToken cancellationToken)
    {
        var point = new Point(lon, lat) { SRID = 4326 };
        var holc = await ContainingAsync(LayerIds.Redlining, point, cancellationToken);
        var zip = await ContainingAsync(LayerIds.Zips, point, cancellationToken);
        var tract = await ContainingAsync(LayerIds.Tracts, point, cancellationToken);
        var neighborhood = await ContainingAsync(LayerIds.Neighborhoods, point, cancellationToken);
        var social = await ContainingAsync(LayerIds.SocialCapital, point, cancellationToken);
        var inCounty = zip is not null || tract is not null;
        var nearest = inCounty ? Nearest(point) : [];

        var used = new List<string>();
        AddIf(used, holc, LayerIds.Redlining);
        AddIf(used, zip, LayerIds.Zips);
        AddIf(used, tract, LayerIds.Tracts);
        AddIf(used, neighborhood, LayerIds.Neighborhoods);
        AddIf(used, social, LayerIds.SocialCapital);
        if (nearest.Count > 0)
        {
            used.Add(LayerIds.Resources);
        }

        return new Card(lon, lat, strings.Language, units, inCounty, strings.WithPrefix("card.label."),
            holc is null ? null : Holc(index.Layers[LayerIds.Redlining], holc),
            zip is null ? null : Zip(index.Layers[LayerIds.Zips], zip),
            tract is null ? null : Tract(index.Layers[LayerIds.Tracts], tract),
            neighborhood is null ? null : Neighborhood(index.Layers[LayerIds.Neighborhoods], neighborhood),
            nearest,
            [.. used.SelectMany(id => index.Layers[id].Sources.In(strings).Select(s => new CardSource(id, s.Name, s.Url, s.Licence, s.LicenceUrl, s.Attribution, s.Vintage)))])
        {
            SocialCapital = social is null ? null : SocialCapital(index.Layers[LayerIds.SocialCapital], social),
        };
    }

    /// <summary>"$26,583": whole dollars, the same in both languages (US usage).</summary>
    public static string? Dollars(double? value) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"${Math.Round(v, MidpointRounding.AwayFromZero):N0}") : null;

    private static void AddIf(List<string> used, LayerFeature? feature, string layerId)
    {
        if (feature is not null)
        {
            used.Add(layerId);
        }
    }

    private async Task<LayerFeature?> ContainingAsync(string layerId, Point point, CancellationToken cancellationToken)
    {
        if (!index.Layers.ContainsKey(layerId))
        {
            return null;
        }

        var box = new Envelope(point.X - Epsilon, point.X + Epsilon, point.Y - Epsilon, point.Y + Epsilon);
        var page = await store.QueryAsync(layerId, new FeatureQuery(box, [], 16, 0), cancellationToken);
        // Features are in id order, so a point on a shared edge always gets the same one.
        return page.Features.FirstOrDefault(f => f.Geometry.Covers(point));
    }

    private HolcSection Holc(LayerMetadata layer, LayerFeature feature)
    {
        var category = layer.Text(feature, "category");
        var grade = layer.Text(feature, "grade");
        return new HolcSection(feature.Id, grade, category,
            category is null ? null : strings.Find($"holc.category.{grade}") ?? category,
            layer.Text(feature, "fill"), layer.Text(feature, "city"), layer.Integer(feature, "map_year"), layer.Text(feature, "area_id"),
            new HolcDescription(layer.Text(feature, "clarifying_remarks"), layer.Text(feature, "favorable_influences"),
                layer.Text(feature, "detrimental_influences"), layer.Text(feature, "inhabitants_occupation"),
                layer.Text(feature, "trend_of_desirability")),
            strings.Text("card.holc.contentNote"));
    }

    private ZipSection Zip(LayerMetadata layer, LayerFeature feature)
    {
        var income = layer.Number(feature, "household_income_p25");
        var rank = layer.Integer(feature, "rank");
        var count = layer.Integer(feature, "zip_count");
        var countyIncome = layer.Number(feature, "county_household_income_p25");
        return new ZipSection(feature.Id, layer.Text(feature, "post_office_city"), income, Dollars(income),
            layer.Number(feature, "top20_share_p25"), layer.Number(feature, "kir_rank_p25"), rank, count,
            rank is null || count is null ? null : strings.Format("popup.zip.rankValue", ("rank", rank), ("count", count)),
            layer.Integer(feature, "tracts_blended"),
            new AreaOutcomes(countyIncome, Dollars(countyIncome), layer.Number(feature, "county_top20_share_p25"), layer.Number(feature, "county_kir_rank_p25")),
            National: null); // the reference data carries no national figure (docs/api.md)
    }

    private SocialCapitalSection SocialCapital(LayerMetadata layer, LayerFeature feature)
    {
        var value = layer.Number(feature, "ec_zip");
        var error = layer.Number(feature, "ec_se_zip");
        var display = value is null
            ? strings.Text("card.socialCapital.none")
            : strings.Format("card.socialCapital.value", ("value", Decimal(value)), ("se", error?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—"));
        return new SocialCapitalSection(feature.Id, value, error, display, strings.Text("card.socialCapital.explain"));
    }

    // Two decimals (the standard error three), the same in both languages (US usage), as the dollars.
    private static string Decimal(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";

    private static TractSection Tract(LayerMetadata layer, LayerFeature feature)
    {
        var income = layer.Number(feature, "household_income_p25");
        return new TractSection(feature.Id, layer.Text(feature, "name"), income, Dollars(income),
            layer.Number(feature, "top20_share_p25"), layer.Number(feature, "kir_rank_p25"), layer.Integer(feature, "kid_pooled_n"),
            layer.Value(feature, "suppressed") as bool?);
    }

    private NeighborhoodSection Neighborhood(LayerMetadata layer, LayerFeature feature)
    {
        // The metrics are the layer's numbers that have a *_year companion, in layer order.
        var metrics = layer.Properties
            .Where(p => p.Type == PropertyType.Number && layer.IndexOf($"{p.Name}_year") >= 0)
            .Select(p => (p.Name, Value: layer.Number(feature, p.Name), Label: MetricWords.Label(strings, p.Name) ?? strings.Data(p.Title)))
            .Select(m => new NeighborhoodMetric(m.Name, m.Label, m.Value, MetricWords.Display(strings, m.Name, m.Value),
                layer.Integer(feature, $"{m.Name}_year")))
            .ToList();
        double?[] shares = [.. HolcGrades.Select(g => layer.Number(feature, $"holc_{g}_share"))];
        return new NeighborhoodSection(feature.Id, strings.Format("card.neighborhood.label", ("id", feature.Id)), metrics,
            new HolcShares(shares[0], shares[1], shares[2], shares[3], layer.Number(feature, "holc_ungraded_share")));
    }

    private List<NearestResource> Nearest(Point point)
    {
        if (!index.Layers.TryGetValue(LayerIds.Resources, out var layer))
        {
            return [];
        }

        var here = projection.Project(point);
        var categories = CardCategories.Order.Where(index.Resources.ContainsKey)
            .Concat(index.Resources.Keys.Except(CardCategories.Order).Order(StringComparer.Ordinal));
        var nearest = new List<NearestResource>();
        foreach (var category in categories)
        {
            // A few hundred points per category at most: a scan is simpler than a tree and fast enough.
            var best = index.Resources[category].MinBy(r => r.Projected.Distance(here))!;
            var metres = best.Projected.Distance(here) * projection.MetresPerUnit;
            var location = (Point)best.Feature.Geometry;
            nearest.Add(new NearestResource(category, strings.Find($"category.{category}.one") ?? category, best.Feature.Id,
                layer.Text(best.Feature, "name"), layer.Text(best.Feature, "type"), layer.Text(best.Feature, "address"),
                location.X, location.Y, Math.Round(metres, 1), DistanceDisplay.Format(metres, units)));
        }

        return nearest;
    }
}
