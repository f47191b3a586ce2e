namespace OpportunityMap.Server.Localization;

/// <summary>
/// How a Quality of Life metric is said: its name for residents (<c>metric.{name}</c>) and its value with its unit
/// (<c>metric.{name}.value</c>, e.g. "28.4% of homes", "$80,348 a year"). A metric the catalogue does not know has
/// neither.
/// </summary>
internal static class MetricWords
{
    public static string? Label(Strings strings, string metric) => strings.Find($"metric.{metric}");

    public static string? Display(Strings strings, string metric, double? value) =>
        value is { } number && strings.Find($"metric.{metric}.value") is not null
            ? strings.Format($"metric.{metric}.value", ("value", number.ToString(Math.Abs(number) < 1000 ? "#,##0.#" : "#,##0", CultureInfo.InvariantCulture)))
            : null;

    /// <summary>"2021", or "2015-2019" for a multi-year estimate (language-neutral).</summary>
    public static string? Years(long? first, long? last) =>
        last is not { } year ? null : first is { } start && start != year ? string.Create(CultureInfo.InvariantCulture, $"{start}-{year}") : year.ToString(CultureInfo.InvariantCulture);
}
