using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.Nation;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.SocialCapital;

/// <summary><c>/api/report/social-capital</c> as JSON (a row per grade, the ungraded rest and the county) and CSV.</summary>
internal static class SocialCapitalWriter
{
    public static void WriteJson(Utf8JsonWriter writer, SocialCapitalReport report, Strings strings)
    {
        writer.WriteStartObject();
        writer.WriteString("title", strings.Text("socialCapital.title"));
        writer.WriteString("lang", strings.Language);
        writer.WriteString("explanation", strings.Text("socialCapital.explain"));
        writer.WriteObjects("measures", report.Measures, measure =>
        {
            writer.WriteString("name", measure.Name);
            writer.WriteString("title", strings.Data(measure.Title));
        });
        writer.WriteObjects("rows", report.Rows, row =>
        {
            writer.WriteString("grade", row.Grade);
            writer.WriteString("category", Category(row.Grade, strings));
            writer.WriteNumber("zips", row.Zips);
            writer.WriteNumber("people", Math.Round(row.People, 1));
            writer.WriteStartObject("values");
            for (var m = 0; m < report.Measures.Count; m++)
            {
                SummaryJson.WriteNumber(writer, report.Measures[m].Name, row.Values[m]);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("standardErrors");
            for (var m = 0; m < report.Measures.Count; m++)
            {
                if (report.Layer.IndexOf(SocialCapitalReport.ErrorOf(report.Measures[m].Name)) >= 0)
                {
                    SummaryJson.WriteNumber(writer, report.Measures[m].Name, row.StandardErrors[m]);
                }
            }

            writer.WriteEndObject();
        });
        writer.WriteString("method", strings.Text("socialCapital.method"));
        SourceJson.WriteArray(writer, report.Layer.Sources.In(strings));
        writer.WriteEndObject();
    }

    public static string WriteCsv(SocialCapitalReport report, Strings strings)
    {
        var withErrors = report.Measures.Select((m, i) => (m, i)).Where(p => report.Layer.IndexOf(SocialCapitalReport.ErrorOf(p.m.Name)) >= 0).ToList();
        var csv = new ProvenanceCsv([strings.Text("socialCapital.title"), strings.Text("socialCapital.explain"), strings.Text("socialCapital.method")],
            report.Layer.Sources.In(strings), strings.Text("nation.source"),
            ["grade", "category", "zips", "people", .. report.Measures.Select(m => m.Name), .. withErrors.Select(p => SocialCapitalReport.ErrorOf(p.m.Name))]);
        foreach (var row in report.Rows)
        {
            csv.Row([row.Grade, Category(row.Grade, strings), row.Zips, Math.Round(row.People, 1),
                .. row.Values.Cast<object?>(), .. withErrors.Select(p => (object?)row.StandardErrors[p.i])]);
        }

        return csv.ToString();
    }

    private static string Category(string grade, Strings strings) =>
        grade == "county" ? strings.Text("socialCapital.county") : ReportWriter.Category(grade, strings);
}
