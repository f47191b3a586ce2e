using OpportunityMap.Server.Resident;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// What the report's robustness says, in words written from the computed numbers (never by hand): whether each order of
/// two neighbouring grades survives every variation, how far one tract moves each grade, and which places on graded land
/// the data cannot speak for.
/// </summary>
internal static class ReportFindings
{
    public static IReadOnlyList<string> Write(HolcRobustness robustness, Strings strings)
    {
        var findings = new List<string>();
        foreach (var order in robustness.Orders)
        {
            if (order.Holds == order.Variations)
            {
                findings.Add(strings.Format("report.finding.orderHolds", ("higher", order.Higher), ("lower", order.Lower), ("variations", order.Variations)));
                continue;
            }

            var where = new List<string>();
            if (order.FlipsAtThresholds.Count > 0)
            {
                where.Add(strings.Format("report.finding.atThresholds", ("list", string.Join(", ", order.FlipsAtThresholds.Select(Percent)))));
            }

            if (order.FlipsWithout.Count > 0)
            {
                where.Add(strings.Format("report.finding.withoutTracts", ("list", string.Join(", ", order.FlipsWithout))));
            }

            findings.Add(strings.Format("report.finding.orderFlips", ("higher", order.Higher), ("lower", order.Lower),
                ("flips", order.Variations - order.Holds), ("variations", order.Variations), ("where", string.Join(strings.Text("report.finding.join"), where))));
        }

        foreach (var grade in robustness.LeaveOneOut.Where(l => l.Lowest is not null))
        {
            findings.Add(strings.Format("report.finding.leaveOneOut", ("grade", grade.Grade), ("lowest", CardBuilder.Dollars(grade.Lowest)),
                ("highest", CardBuilder.Dollars(grade.Highest)), ("tract", grade.LargestTract), ("share", Percent(grade.LargestWeightShare))));
        }

        // Each tract once, under the grade that covers most of it.
        foreach (var tract in robustness.Uncounted.GroupBy(u => u.Geoid).Select(g => g.MaxBy(u => u.Share)!))
        {
            var values = new (string, object?)[]
            {
                ("geoid", tract.Geoid), ("name", tract.Name ?? tract.Geoid), ("share", Percent(tract.Share)), ("grade", tract.Grade),
                ("children", tract.Children?.ToString("#,0", CultureInfo.InvariantCulture)),
            };
            findings.Add(tract.Children is > 0
                ? strings.Format("report.finding.noValue", values)
                : strings.Format("report.finding.noChildren", values));
        }

        return findings;
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
