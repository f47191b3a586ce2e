namespace OpportunityMap.Core.Analysis;

/// <summary>
/// ZIP code measures by 1935 grade: for each grade, each measure's mean over the ZIP codes weighted by (share of the
/// ZIP's land in the grade) × (the ZIP's people the measure describes), i.e. those people on the grade's land if they
/// are spread evenly over their ZIP; a ZIP without a value or people is left out of that measure. Stateless.
/// </summary>
public static class SocialCapitalByGrade
{
    /// <summary>The rows A, B, C, D, "ungraded", and "county" (every ZIP counted whole).</summary>
    public static IReadOnlyList<GradeMeasures> Blend(IReadOnlyList<ZipMeasures> zips, int measures)
    {
        var rows = new List<GradeMeasures>();
        string[] names = [.. GradeShares.Grades, "ungraded"];
        for (var g = 0; g < names.Length; g++)
        {
            var grade = g;
            rows.Add(Row(names[g], zips, measures, z => z.Shares[grade]));
        }

        rows.Add(Row("county", zips, measures, _ => 1));
        return rows;
    }

    private static GradeMeasures Row(string name, IReadOnlyList<ZipMeasures> zips, int measures, Func<ZipMeasures, double?> share)
    {
        var values = new double?[measures];
        var errors = new double?[measures];
        for (var m = 0; m < measures; m++)
        {
            var used = zips.Select(z => (Zip: z, Weight: (share(z) ?? 0) * (z.People ?? 0)))
                .Where(u => u.Weight > 0 && u.Zip.Values[m] is not null).ToList();
            var weight = used.Sum(u => u.Weight);
            if (weight <= 0)
            {
                continue;
            }

            values[m] = used.Sum(u => u.Weight * u.Zip.Values[m]!.Value) / weight;
            errors[m] = used.All(u => u.Zip.StandardErrors[m] is not null)
                ? Math.Sqrt(used.Sum(u => Math.Pow(u.Weight * u.Zip.StandardErrors[m]!.Value, 2))) / weight
                : null;
        }

        var people = zips.Sum(z => (share(z) ?? 0) * (z.People ?? 0));
        return new GradeMeasures(name, values, errors, people, zips.Count(z => (share(z) ?? 0) * (z.People ?? 0) > 0 && z.Values.Any(v => v is not null)));
    }
}
