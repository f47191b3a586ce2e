using System.Globalization;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Ingest.Readers;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>tract-mobility</c> (the Opportunity Atlas's tract outcomes on the 2010 tracts) and <c>zip-mobility</c> (those
/// outcomes blended into ZIP code areas; the method is in docs/data.md).
/// </summary>
internal static class MobilityLayers
{
    /// <summary>Mecklenburg County: state 37, county 119.</summary>
    private const string CountyGeoidPrefix = "37119";

    private static readonly PropertyDefinition HouseholdIncome = new("household_income_p25", PropertyType.Number, "Household income at 35",
        "Mean household income at about age 35 (2015 dollars) of children who grew up here with parents at the 25th income percentile.", Queryable: true);
    private static readonly PropertyDefinition Top20 = new("top20_share_p25", PropertyType.Number, "Share reaching the top 20%",
        "Share (0-1) of those children whose household income reached the national top 20%.", Queryable: true);
    private static readonly PropertyDefinition KirRank = new("kir_rank_p25", PropertyType.Number, "Individual income rank",
        "Mean national percentile rank (0-100) of those children's own incomes.", Queryable: true);

    public static readonly IReadOnlyList<PropertyDefinition> TractProperties =
    [
        new("geoid", PropertyType.String, "Census tract", "The 2010 tract's 11-digit GEOID.", Queryable: true),
        new("name", PropertyType.String, "Name", "The Opportunity Atlas's name for the tract."),
        HouseholdIncome, Top20, KirRank,
        new("kid_pooled_n", PropertyType.Integer, "Children", "How many children the tract's estimates rest on."),
        new("suppressed", PropertyType.Boolean, "Suppressed", "True when the Atlas published no household-income value (too few children).", Queryable: true),
        .. GradeShares.Properties,
    ];

    public static readonly IReadOnlyList<PropertyDefinition> ZipProperties =
    [
        new("zipcode", PropertyType.String, "ZIP code", Queryable: true),
        new("post_office_city", PropertyType.String, "Post office", Queryable: true),
        HouseholdIncome with { Description = HouseholdIncome.Description + " Blended from tracts, weighted by overlap × children." },
        Top20 with { Description = Top20.Description + " Blended from tracts." },
        KirRank with { Description = KirRank.Description + " Blended from tracts." },
        new("tracts_blended", PropertyType.Integer, "Tracts blended", "How many census tracts with a value the score blends."),
        new("rank", PropertyType.Integer, "Rank in the county", "1 = the highest household income at 35 of the county's ZIP codes.", Queryable: true),
        new("zip_count", PropertyType.Integer, "ZIP codes ranked"),
        new("county_household_income_p25", PropertyType.Number, "County: household income at 35", "Mecklenburg County as a whole, children-weighted over its tracts."),
        new("county_top20_share_p25", PropertyType.Number, "County: share reaching the top 20%"),
        new("county_kir_rank_p25", PropertyType.Number, "County: individual income rank"),
        .. GradeShares.Properties,
    ];

    public static async Task<(LayerData Tracts, LayerData Zips)> BuildAsync(ImportContext context, IProjection projection, GradeShares grades)
    {
        var outcomes = ReadOutcomes(context);
        var tractFile = context.Manifest.Files["tracts"].Path;
        var tracts = new List<(LayerFeature Feature, MobilityTract Blendable)>();
        foreach (var source in await context.ReadGeoJsonAsync("tracts"))
        {
            var geoid = source.Text("GEOID10") ?? throw new ImportException(tractFile, $"feature {source.Index} has no GEOID10");
            var geometry = ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(tractFile, $"tract {geoid} has no geometry"), tractFile, source.Index);
            if (!outcomes.TryGetValue(geoid, out var outcome))
            {
                context.Warnings.Add($"{context.Manifest.Files["household-income"].Path}: no row for tract {geoid}; shown as suppressed");
                outcome = new TractOutcome(null, null, null, null, null);
            }

            var projected = projection.Project(geometry);
            var feature = new LayerFeature(geoid, geometry,
            [
                geoid, outcome.Name, outcome.HouseholdIncome, outcome.Top20, outcome.KirRank,
                outcome.Children is { } n ? (long)n : null, outcome.HouseholdIncome is null, .. grades.Of(projected),
            ]);
            tracts.Add((feature, new MobilityTract(geoid, projected, outcome.Children, [outcome.HouseholdIncome, outcome.Top20, outcome.KirRank])));
        }

        var zipFile = context.Manifest.Files["zipcodes"].Path;
        var zips = new List<(string Zip, string? City, MultiPolygon Geometry)>();
        foreach (var source in await context.ReadGeoJsonAsync("zipcodes"))
        {
            var zip = source.Text("zipcode") ?? throw new ImportException(zipFile, $"feature {source.Index} has no zipcode");
            zips.Add((zip, source.Text("post_office_city"), ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(zipFile, $"ZIP {zip} has no geometry"), zipFile, source.Index)));
        }

        var blendable = tracts.Select(t => t.Blendable).ToList();
        var projectedZips = zips.Select(z => projection.Project(z.Geometry)).ToList();
        var blends = MobilityAggregator.Blend(projectedZips, blendable);
        var county = MobilityAggregator.Overall(blendable);
        var ranks = Rank(blends);
        var zipFeatures = zips.Select((zip, i) => new LayerFeature(zip.Zip, zip.Geometry,
        [
            zip.Zip, zip.City, blends[i].Values[0], blends[i].Values[1], blends[i].Values[2], (long)blends[i].TractsBlended,
            ranks[i], (long)zips.Count, county[0], county[1], county[2], .. grades.Of(projectedZips[i]),
        ]));

        return (context.Layer(LayerIds.Tracts, "MultiPolygon", TractProperties, tracts.Select(t => t.Feature)),
                context.Layer(LayerIds.Zips, "MultiPolygon", ZipProperties, zipFeatures));
    }

    // 1 = highest household income; areas without a value get no rank.
    private static long?[] Rank(IReadOnlyList<MobilityBlend> blends)
    {
        var ranks = new long?[blends.Count];
        var order = Enumerable.Range(0, blends.Count).Where(i => blends[i].Values[0] is not null)
            .OrderByDescending(i => blends[i].Values[0]).ToList();
        for (var r = 0; r < order.Count; r++)
        {
            ranks[order[r]] = r + 1;
        }

        return ranks;
    }

    private static Dictionary<string, TractOutcome> ReadOutcomes(ImportContext context)
    {
        var income = context.ReadCsv("household-income", line => line.StartsWith(CountyGeoidPrefix, StringComparison.Ordinal));
        var top20 = context.ReadCsv("top20", line => line.StartsWith(CountyGeoidPrefix, StringComparison.Ordinal));
        var ranks = context.ReadCsv("income-ranks", line => line.StartsWith("37,119,", StringComparison.Ordinal));
        var incomePath = context.Manifest.Files["household-income"].Path;
        var top20Path = context.Manifest.Files["top20"].Path;
        var ranksPath = context.Manifest.Files["income-ranks"].Path;

        var top20ByTract = Unique(top20.Rows, top20Path, r => r[top20.Column("tract")],
            r => CsvTable.Number(r[top20.Column("Frac._in_Top_20%_Based_on_Household_Income_rP_gP_p25")], top20Path, "top 20% share"));
        var ranksByTract = Unique(ranks.Rows, ranksPath,
            r => CountyGeoidPrefix + r[ranks.Column("tract")].PadLeft(6, '0'),
            r => (Rank: CsvTable.Number(r[ranks.Column("kir_pooled_p25")], ranksPath, "kir_pooled_p25"),
                  Children: CsvTable.Number(r[ranks.Column("kid_pooled_n")], ranksPath, "kid_pooled_n")));

        var outcomes = new Dictionary<string, TractOutcome>(StringComparer.Ordinal);
        foreach (var row in income.Rows)
        {
            var tract = row[income.Column("tract")];
            if (outcomes.ContainsKey(tract))
            {
                throw new ImportException(incomePath, $"tract {tract} appears twice");
            }

            var (rank, children) = ranksByTract.GetValueOrDefault(tract);
            outcomes[tract] = new TractOutcome(
                row[income.Column("Name")],
                CsvTable.Number(row[income.Column("Household_Income_at_Age_35_rP_gP_p25")], incomePath, "Household_Income_at_Age_35_rP_gP_p25"),
                top20ByTract.GetValueOrDefault(tract),
                rank,
                children);
        }

        return outcomes;
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<string[]> rows, string path, Func<string[], string> key, Func<string[], T> value)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!result.TryAdd(key(row), value(row)))
            {
                throw new ImportException(path, $"tract {key(row)} appears twice");
            }
        }

        return result;
    }

    private sealed record TractOutcome(string? Name, double? HouseholdIncome, double? Top20, double? KirRank, double? Children);
}
