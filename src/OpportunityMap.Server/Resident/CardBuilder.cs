namespace OpportunityMap.Server.Resident;

/// <summary>Builds the card for a point: what contains it on each area layer, the nearest resources, the sources.</summary>
internal sealed class CardBuilder(IFeatureStore store, ResidentIndex index, IProjection projection, Strings strings, string units)
{
    // A box this small around the point is only a pre-filter; containment is tested on the geometry itself.
    private const double Epsilon = 1e-9;

    private static readonly string[] HolcGrades = ["a", "b", "c", "d"];

    public Task<Card> BuildAsync(double lon, double lat, CancellationToken cancellationToken) =>
        BuildAsync(lon, lat, null, cancellationToken);

    /// <summary>
    /// The card of one place (a ZIP, tract, neighborhood, town, 1935 area or resource): its own feature on its layer,
    /// what contains its centre on the others, and the 1935 areas it overlaps.
    /// </summary>
    public async Task<Card> BuildForPlaceAsync(string layerId, LayerFeature feature, CancellationToken cancellationToken)
    {
        var centre = SearchEntries.Centre(feature.Geometry);
        var card = await BuildAsync(centre.X, centre.Y, (layerId, feature), cancellationToken);
        var holcAreas = layerId == LayerIds.Redlining || feature.Geometry is Point ? [] : await OverlapsAsync(feature, cancellationToken);
        return card with { Place = new CardPlace(layerId, feature.Id, SearchEntries.KindOf(layerId), PlaceTitle(layerId, feature)), HolcAreas = holcAreas };
    }

    private async Task<Card> BuildAsync(double lon, double lat, (string Layer, LayerFeature Feature)? place, CancellationToken cancellationToken)
    {
        var point = new Point(lon, lat) { SRID = 4326 };
        Task<LayerFeature?> Find(string layerId) =>
            place is { } p && p.Layer == layerId ? Task.FromResult<LayerFeature?>(p.Feature) : ContainingAsync(layerId, point, cancellationToken);
        var holc = await Find(LayerIds.Redlining);
        var zip = await Find(LayerIds.Zips);
        var tract = await Find(LayerIds.Tracts);
        var neighborhood = await Find(LayerIds.Neighborhoods);
        // The social-capital layer has the ZIP codes' own polygons and ids: the ZIP found is its feature.
        var social = place is { Layer: LayerIds.SocialCapital } own ? own.Feature
            : zip is null || !index.Layers.ContainsKey(LayerIds.SocialCapital) ? null
            : await store.GetFeatureAsync(LayerIds.SocialCapital, zip.Id, cancellationToken);
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

    private string PlaceTitle(string layerId, LayerFeature feature)
    {
        var layer = index.Layers[layerId];
        return layerId switch
        {
            LayerIds.Redlining => strings.Format("card.place.holc", ("id", feature.Id)),
            LayerIds.Zips => strings.Format("card.zip.place", ("zip", feature.Id), ("city", SearchEntries.TitleCase(layer.Text(feature, "post_office_city")))),
            LayerIds.Tracts => layer.Text(feature, "name") is { } name
                ? strings.Format("card.place.tract", ("name", name.Split(',')[0].Trim()))
                : strings.Format("search.detail.tract", ("geoid", feature.Id)),
            LayerIds.Neighborhoods => strings.Format("card.neighborhood.label", ("id", feature.Id)),
            LayerIds.Resources => strings.Format("card.place.named",
                ("name", SearchEntries.TitleCase(layer.Text(feature, "name") ?? feature.Id)), ("kind", CategoryLabel(layer.Text(feature, "category")))),
            _ => strings.Format("card.place.named", ("name", feature.Id), ("kind", SearchEntries.Detail(layer, feature, strings))),
        };
    }

    private string? CategoryLabel(string? category) => strings.Find($"category.{category}.one") ?? category;

    private string? HolcCategoryLabel(string? grade, string? category) => strings.Find($"holc.category.{grade}") ?? category;

    // The 1935 areas under `feature`, each with the share of the feature's area it covers (in NC State Plane).
    private async Task<IReadOnlyList<HolcOverlap>> OverlapsAsync(LayerFeature feature, CancellationToken cancellationToken)
    {
        if (!index.Layers.TryGetValue(LayerIds.Redlining, out var layer))
        {
            return [];
        }

        var page = await store.QueryAsync(LayerIds.Redlining, new FeatureQuery(feature.Geometry.EnvelopeInternal, [], 1000, 0), cancellationToken);
        var projected = projection.Project(feature.Geometry);
        var area = projected.Area;
        return [.. page.Features
            .Where(f => f.Geometry.Intersects(feature.Geometry))
            .Select(f => (Feature: f, Share: area > 0 ? projection.Project(f.Geometry).Intersection(projected).Area / area : 0))
            .Where(o => o.Share >= 0.005)
            .OrderByDescending(o => o.Share)
            .Select(o => new HolcOverlap(o.Feature.Id, layer.Text(o.Feature, "grade"),
                HolcCategoryLabel(layer.Text(o.Feature, "grade"), layer.Text(o.Feature, "category")), Math.Round(o.Share, 4)))];
    }

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
        var lowest = layer.Integer(feature, "rank_lowest") ?? rank;
        var count = layer.Integer(feature, "zip_count");
        var children = layer.Number(feature, "children");
        var tooFew = layer.Value(feature, "too_few_children") as bool? ?? SmallNumbers.TooFew(children);
        var countyIncome = layer.Number(feature, "county_household_income_p25");
        var rankDisplay = tooFew ? strings.Format("card.rank.tooFew", ("children", Count(children)))
            : rank is null || count is null ? null
            : lowest is { } low && low != rank ? strings.Format("card.rank.band", ("best", rank), ("worst", low), ("count", count))
            : strings.Format("popup.zip.rankValue", ("rank", rank), ("count", count));
        return new ZipSection(feature.Id, layer.Text(feature, "post_office_city"), income, Dollars(income),
            layer.Number(feature, "top20_share_p25"), layer.Number(feature, "kir_rank_p25"), rank, lowest, count, rankDisplay,
            layer.Integer(feature, "tracts_blended"), children, tooFew, strings.Format("card.children.value", ("children", Count(children))),
            Groups(layer, feature, ("kir_rank_p25", "children"), ("kir_black_p25", "children_black"), ("kir_white_p25", "children_white")),
            new AreaOutcomes(countyIncome, Dollars(countyIncome), layer.Number(feature, "county_top20_share_p25"), layer.Number(feature, "county_kir_rank_p25"),
                Groups(layer, feature, ("county_kir_rank_p25", null), ("county_kir_black_p25", null), ("county_kir_white_p25", null)),
                [.. Groups3.Select((g, i) => Atlas(g, layer.Number(feature, AtlasProperties[i]), layer.Number(feature, AtlasProperties[i] + "_se")))]),
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

    /// <summary>The groups of children, each named by <c>card.group.{group}</c>.</summary>
    public static readonly IReadOnlyList<string> Groups3 = ["all", "black", "white"];

    private static readonly string[] AtlasProperties = ["county_kfr_pooled_p25", "county_kfr_black_p25", "county_kfr_white_p25"];

    // All, Black and white children's income rank, each with the children behind it (a null children property: a
    // county value, which rests on every tract).
    private List<GroupOutcome> Groups(LayerMetadata layer, LayerFeature feature, params (string Value, string? Children)[] properties) =>
        [.. properties.Select((p, i) =>
        {
            var value = layer.Number(feature, p.Value);
            var children = p.Children is null ? null : layer.Number(feature, p.Children);
            var tooFew = p.Children is not null && SmallNumbers.TooFew(children);
            var rank = value?.ToString("0.#", CultureInfo.InvariantCulture);
            var display = value is null ? strings.Text("card.group.none")
                : p.Children is null ? strings.Format("card.group.county", ("rank", rank))
                : tooFew ? strings.Format("card.group.tooFew", ("rank", rank), ("children", Count(children)))
                : strings.Format("card.group.value", ("rank", rank), ("children", Count(children)));
            return new GroupOutcome(Groups3[i], strings.Text($"card.group.{Groups3[i]}"), value, children, tooFew, display);
        })];

    private AtlasEstimate Atlas(string group, double? value, double? error) => new(group, strings.Text($"card.group.{group}"), value, error,
        value is { } v && error is { } e
            ? strings.Format("card.atlas.value", ("value", v.ToString("0.0", CultureInfo.InvariantCulture)),
                ("low", (v - RankBands.Z95 * e).ToString("0.0", CultureInfo.InvariantCulture)), ("high", (v + RankBands.Z95 * e).ToString("0.0", CultureInfo.InvariantCulture)))
            : null);

    /// <summary>"10", "10,980": a count of children rounded to a whole number (a blend's is fractional).</summary>
    public static string Count(double? children) =>
        children is { } n ? Math.Round(n, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture) : "0";

    private TractSection Tract(LayerMetadata layer, LayerFeature feature)
    {
        var income = layer.Number(feature, "household_income_p25");
        var children = layer.Integer(feature, "kid_pooled_n");
        var suppressed = layer.Value(feature, "suppressed") as bool?;
        var tooFew = layer.Value(feature, "too_few_children") as bool? ?? SmallNumbers.TooFew(children);
        var status = suppressed == true ? strings.Format("card.tract.notPublished", ("children", Count(children)))
            : tooFew ? strings.Format("card.tract.tooFew", ("children", Count(children)))
            : strings.Format("card.children.value", ("children", Count(children)));
        return new TractSection(feature.Id, layer.Text(feature, "name"), income, Dollars(income),
            layer.Number(feature, "top20_share_p25"), layer.Number(feature, "kir_rank_p25"), children, suppressed, tooFew, status,
            Groups(layer, feature, ("kir_rank_p25", "kid_pooled_n"), ("kir_black_p25", "kid_black_n"), ("kir_white_p25", "kid_white_n")));
    }

    private NeighborhoodSection Neighborhood(LayerMetadata layer, LayerFeature feature)
    {
        // The metrics are the layer's numbers that have a *_year companion, in layer order.
        var metrics = layer.Properties
            .Where(p => p.Type == PropertyType.Number && layer.IndexOf($"{p.Name}_year") >= 0)
            .Select(p => (p.Name, Value: layer.Number(feature, p.Name), Label: MetricWords.Label(strings, p.Name) ?? strings.Data(p.Title)))
            .Select(m =>
            {
                var year = layer.Integer(feature, $"{m.Name}_year");
                var first = layer.Integer(feature, $"{m.Name}_first_year") ?? year;
                return new NeighborhoodMetric(m.Name, m.Label, m.Value, MetricWords.Display(strings, m.Name, m.Value), year, first,
                    MetricWords.Years(first, year), layer.Number(feature, $"{m.Name}_moe"));
            })
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
