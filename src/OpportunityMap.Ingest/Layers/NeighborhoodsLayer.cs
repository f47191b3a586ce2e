using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>neighborhoods</c>: the Neighborhood Profile Areas of 2022 with Quality of Life Explorer metrics, each of the
/// latest year in its file, and the 1935 HOLC grade shares. Titles, units and descriptions come from the Explorer's
/// config and metric notes at import time, so a newer download updates them.
/// </summary>
internal static class NeighborhoodsLayer
{
    /// <summary>Property name → Quality of Life metric number (the API's names; the files are qol_metric/rN.csv, dN.csv).</summary>
    public static readonly IReadOnlyList<(string Name, int Metric)> Metrics =
    [
        ("grocery_proximity", 45), ("pharmacy_proximity", 46), ("low_cost_health_care_proximity", 28),
        ("early_care_proximity", 21), ("school_age_care_proximity", 22), ("public_transportation_proximity", 36),
        ("outdoor_recreation_proximity", 74), ("financial_services_proximity", 79), ("household_income", 37),
        ("job_density", 75), ("library_card_holders", 51), ("employment_rate", 38),
    ];

    /// <summary>Square kilometres per acre.</summary>
    private const double SquareKilometresPerAcre = 0.0040468564224;

    public static async Task<LayerData> BuildAsync(ImportContext context, IProjection projection, GradeShares grades)
    {
        using var config = await ReadConfigAsync(context);
        var properties = new List<PropertyDefinition>
        {
            new("npa_id", PropertyType.String, "Neighborhood Profile Area", "The NPA's id in the Quality of Life Explorer (2022 areas).", Queryable: true),
        };
        var columns = new List<Func<string, object?>[]>();
        foreach (var (name, metric) in Metrics)
        {
            var read = QualityOfLifeMetric.Read(context, metric);
            var notes = await context.ReadTextAsync($"qol-m{metric}");
            var topCoded = name == "household_income" ? read.Value.Values.Count(v => v >= QualityOfLifeMetric.IncomeTopCode) : 0;
            var (title, description) = QualityOfLifeMetric.Describe(config.RootElement, context.Manifest.Files["qol-config"].Path, metric, notes, read.Year,
                topCoded > 0 ? string.Create(CultureInfo.InvariantCulture, $"{topCoded} neighborhoods sit at ${QualityOfLifeMetric.IncomeTopCode:#,0}, the survey's top-code: their median is at least that.") : null);
            var first = QualityOfLifeMetric.FirstYear(notes, read.Year);
            properties.Add(new PropertyDefinition(name, PropertyType.Number, title, description));
            properties.Add(new PropertyDefinition($"{name}_year", PropertyType.Integer, $"{title}: year",
                $"The year of {name}: the latest year in the source file (the last year of a multi-year estimate)."));
            properties.Add(new PropertyDefinition($"{name}_first_year", PropertyType.Integer, $"{title}: first year",
                $"The first year of {name}'s values: the year itself, or the first of the five years of an American Community Survey estimate."));
            var row = new List<Func<string, object?>>
            {
                id => read.Value.TryGetValue(id, out var v) ? v : null, _ => read.Year, _ => first,
            };
            if (context.Manifest.Files.ContainsKey($"qol-d{metric}"))
            {
                properties.Add(new PropertyDefinition($"{name}{AreaAnalyzer.DenominatorSuffix}", PropertyType.Number, $"{title}: denominator",
                    $"What {name} divides by in the source (qol_metric/d{metric}.csv, the same year): {name} = numerator / denominator, and an area combines its neighborhoods as Σ numerator / Σ denominator, each apportioned by the share of the neighborhood inside it (the source's aggregation; for household income, the households-weighted mean)."));
                row.Add(id => read.Denominator.TryGetValue(id, out var d) ? d : null);
            }

            if (read.MarginOfError is { } errors)
            {
                properties.Add(new PropertyDefinition($"{name}{AreaAnalyzer.MarginOfErrorSuffix}", PropertyType.Number, $"{title}: margin of error",
                    $"The survey's 90% margin of error of {name}, in its unit (qol_metric/m{metric}-accuracy.csv); blank where the source publishes none (for income, a neighborhood of several block groups, whose median is recomputed)."));
                row.Add(id => errors.TryGetValue(id, out var e) ? e : null);
            }

            columns.Add([.. row]);
        }

        var (acres, acresYear) = context.Manifest.Files.ContainsKey("npa-acres") ? QualityOfLifeMetric.Latest(context, "npa-acres") : (new Dictionary<string, double>(), 0);
        properties.Add(new PropertyDefinition(AreaAnalyzer.LandProperty, PropertyType.Number, "Land area (km²)",
            $"The neighborhood's land in km², from the source's own acreage ({context.Manifest.Files.GetValueOrDefault("npa-acres")?.Path}, {acresYear}): lakes excluded, unlike the polygon's area. Per-km² figures of areas are on land."));
        properties.AddRange(GradeShares.Properties);
        var path = context.Manifest.Files["npa-2022"].Path;
        var features = new List<LayerFeature>();
        foreach (var source in await context.ReadGeoJsonAsync("npa-2022"))
        {
            var id = source.Text("id") ?? throw new ImportException(path, $"feature {source.Index} has no id");
            var geometry = ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(path, $"NPA {id} has no geometry"), path, source.Index);
            object?[] values =
            [
                id, .. columns.SelectMany(c => c.Select(read => read(id))),
                acres.TryGetValue(id, out var a) ? a * SquareKilometresPerAcre : null,
                .. grades.Of(projection.Project(geometry)),
            ];
            features.Add(new LayerFeature(id, geometry, values));
        }

        return context.Layer(LayerIds.Neighborhoods, "MultiPolygon", properties, features);
    }

    private static async Task<JsonDocument> ReadConfigAsync(ImportContext context)
    {
        try
        {
            return JsonDocument.Parse(await context.ReadTextAsync("qol-config"));
        }
        catch (JsonException e)
        {
            throw new ImportException(context.Manifest.Files["qol-config"].Path, $"not valid JSON: {e.Message}");
        }
    }
}
