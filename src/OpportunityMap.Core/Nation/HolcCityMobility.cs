using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Core.Nation;

/// <summary>
/// Mobility by 1935 grade in every HOLC city, from the area → tract lookup: for each city and grade, the tract values
/// weighted by (share of the tract in the HOLC area) × (the tract's children), over every lookup row of that grade;
/// rows under <see cref="MobilityAggregator.MinimumShare"/> of a tract are slivers and left out, as for ZIP codes.
/// Stateless, thread-safe.
/// </summary>
public static class HolcCityMobility
{
    public static HolcCityReport Blend(IEnumerable<HolcTractShare> rows, IReadOnlyDictionary<string, TractValue> tracts)
    {
        var cities = rows.GroupBy(r => r.CityKey, StringComparer.Ordinal)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(city => (Rows: city.ToList(), Grades: GradeShares.Grades.Select(g => Grade(g, city.Where(r => r.Grade == g), tracts)).ToList()))
            .ToList();
        var gaps = cities.Select(c => c.Grades[0].Value is { } a && c.Grades[3].Value is { } d ? a - d : (double?)null).ToList();
        var isRanked = cities.Select((c, i) => gaps[i] is not null && !c.Grades[0].TooFewChildren && !c.Grades[3].TooFewChildren).ToList();
        var ranked = Enumerable.Range(0, cities.Count).Where(i => isRanked[i]).OrderByDescending(i => gaps[i]!.Value).ToList();
        // Without standard errors, gaps closer than the small-number rule's tie are not told apart (docs/data.md).
        var bands = RankBands.Rank([.. gaps.Select((gap, i) => (gap, (double?)null, isRanked[i]))], RankBands.TieDollars);
        var result = cities.Select((c, i) =>
        {
            var first = c.Rows[0];
            var rank = ranked.IndexOf(i);
            return new HolcCityGrades(first.CityKey, first.City, first.State, c.Grades, gaps[i], rank < 0 ? null : rank + 1,
                c.Rows.Count(r => r.Grade is null))
            {
                GapBestRank = (int?)bands[i]?.Best,
                GapWorstRank = (int?)bands[i]?.Worst,
            };
        }).ToList();
        return new HolcCityReport(result, gaps.Count(g => g is not null), ranked.Count);
    }

    private static GradeValue Grade(string grade, IEnumerable<HolcTractShare> rows, IReadOnlyDictionary<string, TractValue> tracts)
    {
        var rowList = rows.ToList();
        double sum = 0, weight = 0;
        var blended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rowList.Where(r => r.TractShare >= MobilityAggregator.MinimumShare))
        {
            if (tracts.GetValueOrDefault(row.Geoid) is { Value: { } value, Children: { } children } && children > 0)
            {
                var w = row.TractShare * children;
                sum += w * value;
                weight += w;
                blended.Add(row.Geoid);
            }
        }

        return new GradeValue(grade, weight > 0 ? sum / weight : null, weight, blended.Count,
            rowList.Select(r => r.HolcId).Distinct(StringComparer.Ordinal).Count(), SmallNumbers.TooFew(weight));
    }
}
