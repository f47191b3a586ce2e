using System.Globalization;
using System.Text;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Layers;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// An area summary as CSV in long form, one figure a row: section, id, measure, value (e.g.
/// <c>tract,37119000100,share,0.25</c>), so every part of the summary fits one table.
/// </summary>
internal static class SummaryCsv
{
    public static string Write(AreaSummary summary)
    {
        var csv = new StringBuilder("section,id,measure,value\r\n");
        Row(csv, "area", "", "square_kilometres", summary.SquareKilometres);
        Row(csv, "area", "", "square_miles", summary.SquareMiles);
        Row(csv, "area", "", "county_coverage", summary.CountyCoverage);
        foreach (var grade in summary.Grades)
        {
            Row(csv, "grade", grade.Grade, "share", grade.Share);
        }

        for (var m = 0; m < AreaAnalyzer.MobilityMetrics.Count; m++)
        {
            Row(csv, "mobility", "", AreaAnalyzer.MobilityMetrics[m], summary.Mobility.Values[m]);
        }

        Row(csv, "mobility", "", "tracts_blended", summary.Mobility.TractsBlended);
        Row(csv, "mobility", "", "children", summary.Children);
        foreach (var tract in summary.Mobility.Tracts)
        {
            Row(csv, "tract", tract.Tract.Id, "share", tract.Share);
            Row(csv, "tract", tract.Tract.Id, "kids", tract.Tract.Children);
            Row(csv, "tract", tract.Tract.Id, "weight", tract.Weight);
            Row(csv, "tract", tract.Tract.Id, AreaAnalyzer.MobilityMetrics[0], tract.Tract.Values[0]);
        }

        foreach (var resource in summary.Resources)
        {
            Row(csv, LayerIds.Resources, resource.Category, "count", resource.Count);
            Row(csv, LayerIds.Resources, resource.Category, "per_square_kilometre", resource.PerSquareKilometre);
        }

        foreach (var metric in summary.Metrics)
        {
            Row(csv, "neighborhood_metric", metric.Name, "value", metric.Value);
        }

        foreach (var npa in summary.Neighborhoods)
        {
            Row(csv, "neighborhood", npa.Id, "share_of_area", npa.ShareOfArea);
            Row(csv, "neighborhood", npa.Id, "share_of_neighborhood", npa.ShareOfNeighborhood);
        }

        return csv.ToString();
    }

    // Ids and measure names are ours (grades, GEOIDs, NPA numbers, property names): no quoting needed.
    private static void Row(StringBuilder csv, string section, string id, string measure, double? value) =>
        csv.Append(section).Append(',').Append(id).Append(',').Append(measure).Append(',')
            .Append(value?.ToString("R", CultureInfo.InvariantCulture)).Append("\r\n");
}
