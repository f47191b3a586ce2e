using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>tract-mobility</c> (the Opportunity Atlas's tract outcomes on the 2010 tracts) and <c>zip-mobility</c> (those
/// outcomes blended into ZIP code areas, each with the children behind it; the method is in docs/data.md). A value
/// column may have a standard error beside it (<c>{column}_se</c>, as in the Atlas's full tables): then the tract and
/// the ZIP carry <c>{property}_se</c>, and ZIP ranks compare 95% intervals.
/// </summary>
internal static class MobilityLayers
{
    /// <summary>Mecklenburg County: state 37, county 119.</summary>
    private const string CountyGeoidPrefix = "37119";

    private const string ErrorColumnSuffix = "_se";

    private static readonly string MinimumChildren = SmallNumbers.MinimumChildren.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    // The Atlas outcomes, in AreaAnalyzer.MobilityMetrics order: the file and column each comes from.
    private static readonly Measure[] Measures =
    [
        new(new("household_income_p25", PropertyType.Number, "Household income at 35",
            "Mean household income at about age 35 (2015 dollars) of the children who grew up here with parents at the 25th income percentile (children born 1978-83, incomes measured in 2014-15).", Queryable: true),
            "household-income", "Household_Income_at_Age_35_rP_gP_p25"),
        new(new("top20_share_p25", PropertyType.Number, "Share reaching the top 20%",
            "Share (0-1) of those children whose household income reached the national top 20%.", Queryable: true),
            "top20", "Frac._in_Top_20%_Based_on_Household_Income_rP_gP_p25"),
        new(new("kir_rank_p25", PropertyType.Number, "Individual income rank",
            "Mean national percentile rank (0-100) of those children's own incomes.", Queryable: true),
            "income-ranks", "kir_pooled_p25"),
        new(new("kir_black_p25", PropertyType.Number, "Individual income rank, Black children",
            "Mean national percentile rank (0-100) of the own incomes of the Black children who grew up here with parents at the 25th income percentile.", Queryable: true),
            "income-ranks", "kir_black_p25"),
        new(new("kir_white_p25", PropertyType.Number, "Individual income rank, white children",
            "Mean national percentile rank (0-100) of the own incomes of the white children who grew up here with parents at the 25th income percentile.", Queryable: true),
            "income-ranks", "kir_white_p25"),
    ];

    // The children columns of the ranks file: all, Black, white (the weights of the measures above).
    private static readonly string[] ChildrenColumns = ["kid_pooled_n", "kid_black_n", "kid_white_n"];

    private static readonly int[] ChildrenOfMeasure = [0, 0, 0, 1, 2];

    private static readonly PropertyDefinition TooFewChildren = new("too_few_children", PropertyType.Boolean, "Too few children to rank",
        $"True when fewer than {MinimumChildren} children stand behind the household income value (docs/data.md, \"Small numbers\"): it is published but not ranked.", Queryable: true);

    public static async Task<(LayerData Tracts, LayerData Zips)> BuildAsync(ImportContext context, IProjection projection, GradeShares grades)
    {
        var (outcomes, errors) = ReadOutcomes(context);
        var county = ReadCounty(context);
        var tractFile = context.Manifest.Files["tracts"].Path;
        var tracts = new List<(LayerFeature Feature, MobilityTract Blendable)>();
        foreach (var source in await context.ReadGeoJsonAsync("tracts"))
        {
            var geoid = source.Text("GEOID10") ?? throw new ImportException(tractFile, $"feature {source.Index} has no GEOID10");
            var geometry = ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(tractFile, $"tract {geoid} has no geometry"), tractFile, source.Index);
            if (!outcomes.TryGetValue(geoid, out var outcome))
            {
                context.Warnings.Add($"{context.Manifest.Files["household-income"].Path}: no row for tract {geoid}; shown as not published");
                outcome = new TractOutcome(null, new double?[Measures.Length], new double?[Measures.Length], new double?[ChildrenColumns.Length]);
            }

            var projected = projection.Project(geometry);
            var children = outcome.Children;
            var feature = new LayerFeature(geoid, geometry,
            [
                geoid, outcome.Name, outcome.Values[0], outcome.Values[1], outcome.Values[2], Whole(children[0]),
                outcome.Values[3], Whole(children[1]), outcome.Values[4], Whole(children[2]),
                .. errors.Select(m => outcome.Errors[m]),
                SmallNumbers.TooFew(children[0]), outcome.Values[0] is null, .. grades.Of(projected),
            ]);
            tracts.Add((feature, new MobilityTract(geoid, projected, children[0], outcome.Values)
            {
                MetricChildren = [.. ChildrenOfMeasure.Select(c => children[c])],
                StandardErrors = errors.Count > 0 ? outcome.Errors : null,
            }));
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
        var overall = MobilityAggregator.Overall(blendable);
        var ranks = RankBands.Rank([.. blends.Select(b => (b.Estimates[0].Value, b.Estimates[0].StandardError, !b.Estimates[0].TooFewChildren))], RankBands.TieDollars);
        var ranked = (long)ranks.Count(r => r is not null);
        var zipFeatures = zips.Select((zip, i) =>
        {
            var e = blends[i].Estimates;
            return new LayerFeature(zip.Zip, zip.Geometry,
            [
                zip.Zip, zip.City, e[0].Value, e[1].Value, e[2].Value, e[0].Children, (long)e[0].Tracts, e[0].TooFewChildren,
                ranks[i]?.Best, ranks[i]?.Worst, ranked, e[3].Value, e[3].Children, e[4].Value, e[4].Children,
                .. errors.Select(m => e[m].StandardError),
                overall[0].Value, overall[1].Value, overall[2].Value, overall[3].Value, overall[4].Value, .. county,
                .. grades.Of(projectedZips[i]),
            ]);
        });

        return (context.Layer(LayerIds.Tracts, "MultiPolygon", TractProperties(errors), tracts.Select(t => t.Feature)),
                context.Layer(LayerIds.Zips, "MultiPolygon", ZipProperties(errors), zipFeatures));
    }

    /// <summary>The tract layer's properties; <paramref name="errors"/> the measures whose standard errors the files have.</summary>
    public static IReadOnlyList<PropertyDefinition> TractProperties(IReadOnlyList<int> errors) =>
    [
        new("geoid", PropertyType.String, "Census tract", "The 2010 tract's 11-digit GEOID.", Queryable: true),
        new("name", PropertyType.String, "Name", "The Opportunity Atlas's name for the tract."),
        Measures[0].Property, Measures[1].Property, Measures[2].Property,
        new("kid_pooled_n", PropertyType.Integer, "Children", "How many children the tract's estimates rest on (all children)."),
        Measures[3].Property,
        new("kid_black_n", PropertyType.Integer, "Black children", "How many Black children kir_black_p25 rests on."),
        Measures[4].Property,
        new("kid_white_n", PropertyType.Integer, "White children", "How many white children kir_white_p25 rests on."),
        .. errors.Select(ErrorProperty),
        TooFewChildren with { Description = $"True when fewer than {MinimumChildren} children (kid_pooled_n) stand behind the tract's values, or the Atlas gives no count (docs/data.md, \"Small numbers\"): they are shown but not ranked." },
        new("suppressed", PropertyType.Boolean, "Not published",
            "True when the Atlas file has no household income value for this tract. The file does not give the reason, and the children count is no guide: a tract with hundreds of children may have none, while one with a handful may still have an income rank (kir_rank_p25).", Queryable: true),
        .. GradeShares.Properties,
    ];

    /// <summary>The ZIP layer's properties; <paramref name="errors"/> the measures whose standard errors the files have.</summary>
    public static IReadOnlyList<PropertyDefinition> ZipProperties(IReadOnlyList<int> errors) =>
    [
        new("zipcode", PropertyType.String, "ZIP code", Queryable: true),
        new("post_office_city", PropertyType.String, "Post office", Queryable: true),
        Measures[0].Property with { Description = Measures[0].Property.Description + " Blended from tracts, weighted by overlap × children." },
        Measures[1].Property with { Description = Measures[1].Property.Description + " Blended from tracts." },
        Measures[2].Property with { Description = Measures[2].Property.Description + " Blended from tracts." },
        new("children", PropertyType.Number, "Children behind the value",
            "The children behind household_income_p25: the sum, over the tracts blended, of the share of the tract inside the ZIP × its children."),
        new("tracts_blended", PropertyType.Integer, "Tracts blended", "How many census tracts with a household income value the score blends."),
        TooFewChildren,
        new("rank", PropertyType.Integer, "Rank in the county",
            $"1 = the highest household income at 35. Ranks are bands (rank to rank_lowest): ZIP codes less than ${RankBands.TieDollars:0} apart are not told apart (or, when the files carry standard errors, those whose 95% intervals overlap); a ZIP code with fewer than {MinimumChildren} children behind its value is not ranked.", Queryable: true),
        new("rank_lowest", PropertyType.Integer, "Rank in the county (lowest)", "The other end of the rank's band: equal to rank when nothing is too close to tell apart."),
        new("zip_count", PropertyType.Integer, "ZIP codes ranked", "How many of the county's ZIP codes are ranked (those with enough children behind their value)."),
        Measures[3].Property with { Description = Measures[3].Property.Description + " Blended from tracts, weighted by overlap × Black children." },
        new("children_black", PropertyType.Number, "Black children behind the value", "Σ share of the tract inside the ZIP × its Black children, over the tracts blended."),
        Measures[4].Property with { Description = Measures[4].Property.Description + " Blended from tracts, weighted by overlap × white children." },
        new("children_white", PropertyType.Number, "White children behind the value", "Σ share of the tract inside the ZIP × its white children, over the tracts blended."),
        .. errors.Select(m => ErrorProperty(m) with { Description = $"The standard error of {Measures[m].Property.Name}, from the tracts' (taken as independent): √(Σ w²·se²) / Σ w." }),
        new("county_household_income_p25", PropertyType.Number, "County: household income at 35", "Mecklenburg County as a whole, children-weighted over its tracts."),
        new("county_top20_share_p25", PropertyType.Number, "County: share reaching the top 20%"),
        new("county_kir_rank_p25", PropertyType.Number, "County: individual income rank"),
        new("county_kir_black_p25", PropertyType.Number, "County: individual income rank, Black children", "Children-weighted over the county's tracts (Black children)."),
        new("county_kir_white_p25", PropertyType.Number, "County: individual income rank, white children", "Children-weighted over the county's tracts (white children)."),
        .. CountyProperties,
        .. GradeShares.Properties,
    ];

    // The Atlas's own county estimates with their standard errors (county_outcomes_simple.csv), on a 0-100 scale.
    private static readonly (string Column, PropertyDefinition Property)[] CountyColumns =
    [
        ("kfr_pooled_pooled_p25", new("county_kfr_pooled_p25", PropertyType.Number, "County (Atlas): household income rank",
            "The Atlas's own estimate for Mecklenburg County: mean national percentile rank (0-100) of the household income of children with parents at the 25th percentile.")),
        ("kfr_pooled_pooled_p25_se", new("county_kfr_pooled_p25_se", PropertyType.Number, "County (Atlas): household income rank, standard error")),
        ("kfr_black_pooled_p25", new("county_kfr_black_p25", PropertyType.Number, "County (Atlas): household income rank, Black children",
            "The Atlas's own county estimate for Black children (0-100).")),
        ("kfr_black_pooled_p25_se", new("county_kfr_black_p25_se", PropertyType.Number, "County (Atlas): household income rank, Black children, standard error")),
        ("kfr_white_pooled_p25", new("county_kfr_white_p25", PropertyType.Number, "County (Atlas): household income rank, white children",
            "The Atlas's own county estimate for white children (0-100).")),
        ("kfr_white_pooled_p25_se", new("county_kfr_white_p25_se", PropertyType.Number, "County (Atlas): household income rank, white children, standard error")),
    ];

    private static IEnumerable<PropertyDefinition> CountyProperties => CountyColumns.Select(c => c.Property);

    /// <summary>The county-outcomes file's columns the importer reads.</summary>
    public static IEnumerable<string> CountyColumnNames => CountyColumns.Select(c => c.Column);

    private static PropertyDefinition ErrorProperty(int measure) => new(Measures[measure].Property.Name + ErrorColumnSuffix, PropertyType.Number,
        Measures[measure].Property.Title + ": standard error", $"The standard error of {Measures[measure].Property.Name} as the source gives it.");

    private static long? Whole(double? count) => count is { } n ? (long)Math.Round(n) : null;

    private static object?[] ReadCounty(ImportContext context)
    {
        if (!context.Manifest.Files.ContainsKey("county-outcomes"))
        {
            return new object?[CountyColumns.Length];
        }

        var table = context.ReadCsv("county-outcomes", line => line.StartsWith("37,119,", StringComparison.Ordinal));
        var path = context.Manifest.Files["county-outcomes"].Path;
        var row = table.Rows.SingleOrDefault() ?? throw new ImportException(path, "no row for Mecklenburg County (state 37, county 119)");
        // The file's ranks are 0-1; the tract ranks are 0-100.
        return [.. CountyColumns.Select(c => CsvTable.Number(row[table.Column(c.Column)], path, c.Column) * 100)];
    }

    private static (Dictionary<string, TractOutcome> Outcomes, IReadOnlyList<int> Errors) ReadOutcomes(ImportContext context)
    {
        var tables = Measures.Select(m => m.File).Distinct().ToDictionary(f => f, f => (
            Table: context.ReadCsv(f, line => f == "income-ranks" ? line.StartsWith("37,119,", StringComparison.Ordinal) : line.StartsWith(CountyGeoidPrefix, StringComparison.Ordinal)),
            Path: context.Manifest.Files[f].Path));
        var errors = Enumerable.Range(0, Measures.Length).Where(m => tables[Measures[m].File].Table.HasColumn(Measures[m].Column + ErrorColumnSuffix)).ToList();

        // Every file keyed by its 11-digit tract id: the ranks file splits it into state, county and tract.
        var rows = tables.ToDictionary(t => t.Key, t => Unique(t.Value.Table.Rows, t.Value.Path, t.Key == "income-ranks"
            ? r => CountyGeoidPrefix + r[t.Value.Table.Column("tract")].PadLeft(6, '0')
            : r => r[t.Value.Table.Column("tract")]));
        var income = tables["household-income"];
        var outcomes = new Dictionary<string, TractOutcome>(StringComparer.Ordinal);
        foreach (var (tract, row) in rows["household-income"])
        {
            double? Field(string file, string column)
            {
                var (table, path) = tables[file];
                return rows[file].TryGetValue(tract, out var r) && table.HasColumn(column) ? CsvTable.Number(r[table.Column(column)], path, column) : null;
            }

            outcomes[tract] = new TractOutcome(
                row[income.Table.Column("Name")],
                [.. Measures.Select(m => Field(m.File, m.Column))],
                [.. Measures.Select(m => Field(m.File, m.Column + ErrorColumnSuffix))],
                [.. ChildrenColumns.Select(c => Field("income-ranks", c))]);
        }

        return (outcomes, errors);
    }

    private static Dictionary<string, string[]> Unique(IEnumerable<string[]> rows, string path, Func<string[], string> key)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!result.TryAdd(key(row), row))
            {
                throw new ImportException(path, $"tract {key(row)} appears twice");
            }
        }

        return result;
    }

    private sealed record Measure(PropertyDefinition Property, string File, string Column);

    private sealed record TractOutcome(string? Name, double?[] Values, double?[] Errors, double?[] Children);
}
