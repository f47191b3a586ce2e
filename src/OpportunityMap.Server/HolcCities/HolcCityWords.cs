using OpportunityMap.Core.Nation;
using OpportunityMap.Server.Benchmarks;
using OpportunityMap.Server.Resident;

namespace OpportunityMap.Server.HolcCities;

/// <summary>A city's grades and gap in words, in one language.</summary>
internal static class HolcCityWords
{
    /// <summary>"$40,293", "$1,234 (too few children)", or "no data".</summary>
    public static string Value(GradeValue grade, Strings strings) => grade.Value is null
        ? strings.Text("format.noData")
        : grade.TooFewChildren
            ? strings.Format("holcCities.fewChildren", ("value", CardBuilder.Dollars(grade.Value)))
            : CardBuilder.Dollars(grade.Value)!;

    public static string Method(HolcCityReport report, Strings strings) => strings.Format("holcCities.method",
        ("minimum", BenchmarkWords.Whole(SmallNumbers.MinimumChildren)), ("cities", BenchmarkWords.Whole(report.Cities.Count)),
        ("withAD", BenchmarkWords.Whole(report.WithAAndD)), ("ranked", BenchmarkWords.Whole(report.Ranked)),
        ("tie", CardBuilder.Dollars(RankBands.TieDollars)));

    public static string Text(HolcCityGrades city, HolcCityReport report, Strings strings)
    {
        var grades = strings.Format("holcCities.text.grades", ("a", Value(city.Grade("A"), strings)), ("b", Value(city.Grade("B"), strings)),
            ("c", Value(city.Grade("C"), strings)), ("d", Value(city.Grade("D"), strings)));
        var gap = city switch
        {
            { GapRank: { } rank } => strings.Format("holcCities.text.ranked", ("gap", CardBuilder.Dollars(city.GapAD)),
                ("rank", BenchmarkWords.Whole(rank)), ("ranked", BenchmarkWords.Whole(report.Ranked)),
                ("best", BenchmarkWords.Whole(city.GapBestRank)), ("worst", BenchmarkWords.Whole(city.GapWorstRank)),
                ("tie", CardBuilder.Dollars(RankBands.TieDollars))),
            { GapAD: not null } => strings.Format("holcCities.text.tooFew", ("gap", CardBuilder.Dollars(city.GapAD)),
                ("minimum", BenchmarkWords.Whole(SmallNumbers.MinimumChildren))),
            _ => strings.Text("holcCities.text.noGap"),
        };
        return $"{grades} {gap}";
    }
}
