using System.Text.Json;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Spatial;

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

    public static async Task<LayerData> BuildAsync(ImportContext context, IProjection projection, GradeShares grades)
    {
        using var config = await ReadConfigAsync(context);
        var properties = new List<PropertyDefinition>
        {
            new("npa_id", PropertyType.String, "Neighborhood Profile Area", "The NPA's id in the Quality of Life Explorer (2022 areas).", Queryable: true),
        };
        var columns = new List<(IReadOnlyDictionary<string, double> Values, long Year)>();
        foreach (var (name, metric) in Metrics)
        {
            var values = QualityOfLifeMetric.Read(context, metric, out var year);
            var notes = await context.ReadTextAsync($"qol-m{metric}");
            var (title, description) = QualityOfLifeMetric.Describe(config.RootElement, context.Manifest.Files["qol-config"].Path, metric, notes, year);
            properties.Add(new PropertyDefinition(name, PropertyType.Number, title, description));
            properties.Add(new PropertyDefinition($"{name}_year", PropertyType.Integer, $"{title}: year",
                $"The year of {name}: the latest year in the source file."));
            columns.Add((values, year));
        }

        properties.AddRange(GradeShares.Properties);
        var path = context.Manifest.Files["npa-2022"].Path;
        var features = new List<LayerFeature>();
        foreach (var source in await context.ReadGeoJsonAsync("npa-2022"))
        {
            var id = source.Text("id") ?? throw new ImportException(path, $"feature {source.Index} has no id");
            var geometry = ImportContext.AsMultiPolygon(source.Geometry ?? throw new ImportException(path, $"NPA {id} has no geometry"), path, source.Index);
            object?[] values =
            [
                id, .. columns.SelectMany(c => new object?[] { c.Values.TryGetValue(id, out var v) ? v : null, c.Year }),
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
