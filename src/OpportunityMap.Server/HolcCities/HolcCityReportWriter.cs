using OpportunityMap.Core.Nation;
using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.Nation;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.HolcCities;

/// <summary><c>/api/report/holc-cities</c> as JSON (a city each, its grades in order) and as CSV (a line per city).</summary>
internal static class HolcCityReportWriter
{
    public static void WriteJson(Utf8JsonWriter writer, HolcCityTable table, IReadOnlyList<HolcCityGrades> cities, Strings strings)
    {
        var report = table.Report;
        writer.WriteStartObject();
        writer.WriteString("title", strings.Text("holcCities.title"));
        writer.WriteString("lang", strings.Language);
        writer.WriteString("measure", strings.Text("holcCities.measure"));
        writer.WriteNumber("minimumChildren", SmallNumbers.MinimumChildren);
        writer.WriteNumber("citiesWithAAndD", report.WithAAndD);
        writer.WriteNumber("citiesRanked", report.Ranked);
        writer.WriteNumber("gapTie", RankBands.TieDollars);
        writer.WriteObjects("cities", cities, city =>
        {
            writer.WriteString("key", city.CityKey);
            writer.WriteString("mapKey", table.MapKey(city));
            writer.WriteString("city", city.City);
            writer.WriteString("state", city.State);
            writer.WriteStartArray("grades");
            foreach (var grade in city.Grades)
            {
                writer.WriteStartObject();
                writer.WriteString("grade", grade.Grade);
                writer.WriteString("category", ReportWriter.Category(grade.Grade, strings));
                SummaryJson.WriteNumber(writer, "value", grade.Value);
                writer.WriteNumber("children", Math.Round(grade.Children, 1));
                writer.WriteNumber("tracts", grade.Tracts);
                writer.WriteNumber("areas", grade.Areas);
                writer.WriteBoolean("tooFewChildren", grade.TooFewChildren);
                writer.WriteString("display", HolcCityWords.Value(grade, strings));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            SummaryJson.WriteNumber(writer, "gapAD", city.GapAD);
            SummaryJson.WriteNumber(writer, "gapRank", city.GapRank);
            SummaryJson.WriteNumber(writer, "gapBestRank", city.GapBestRank);
            SummaryJson.WriteNumber(writer, "gapWorstRank", city.GapWorstRank);
            writer.WriteNumber("ungradedRows", city.UngradedRows);
            writer.WriteString("text", HolcCityWords.Text(city, report, strings));
        });
        writer.WriteString("method", HolcCityWords.Method(report, strings));
        SourceJson.WriteArray(writer, table.Table.Sources.In(strings));
        writer.WriteEndObject();
    }

    public static string WriteCsv(HolcCityTable table, IReadOnlyList<HolcCityGrades> cities, Strings strings)
    {
        var csv = new ProvenanceCsv([strings.Text("holcCities.title"), strings.Text("holcCities.measure"), HolcCityWords.Method(table.Report, strings)],
            table.Table.Sources.In(strings), strings.Text("nation.source"),
            ["key", "map_key", "city", "state", .. GradeShares.Grades.SelectMany(g => new[] { g, $"{g}_children", $"{g}_tracts", $"{g}_too_few_children" }),
             "gap_a_d", "gap_rank", "gap_best_rank", "gap_worst_rank", "ungraded_rows"]);
        foreach (var city in cities)
        {
            csv.Row([city.CityKey, table.MapKey(city), city.City, city.State,
                .. city.Grades.SelectMany(g => new object?[] { g.Value, Math.Round(g.Children, 1), g.Tracts, g.TooFewChildren }),
                city.GapAD, city.GapRank, city.GapBestRank, city.GapWorstRank, city.UngradedRows]);
        }

        return csv.ToString();
    }
}
