namespace OpportunityMap.Server.Sharing.Images;

/// <summary>The words on a map image in the view's language: the page's legend words, from the one catalogue.</summary>
internal sealed class MapImageText(Strings strings)
{
    public string DefaultTitle => strings.Text("image.title");

    public string HolcTitle => strings.Text("legend.holc.title");

    public string ZipTitle => strings.Text("legend.zip.title");

    public string TractTitle => strings.Text("legend.tract.title");

    public string NeighborhoodsTitle => strings.Text("legend.neighborhoods.title");

    public string ResourcesTitle => strings.Text("legend.resources.title");

    public string IncomeNote => strings.Text("image.income.note");

    public string NoData => strings.Text("legend.noData");

    // US Spanish writes dollars as US English does ("$19,804"); the service runs without ICU cultures, so by hand.
    public static string Dollars(double value) => "$" + Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    public string Range(double min, double max) => strings.Format("legend.range", ("min", Dollars(min)), ("max", Dollars(max)));

    /// <summary>"D — Hazardous": the grade and its 1935 category, as the page's legend writes it.</summary>
    public string HolcItem(string grade) =>
        strings.Format("legend.holc.item", ("grade", grade), ("category", strings.Find($"holc.category.{grade}") ?? grade));

    /// <summary>A resource category's plural ("Schools"); one the catalogue does not know, from its id ("Fire Station").</summary>
    public string Category(string id) =>
        strings.Find($"category.{id}.other") ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id.Replace('_', ' '));

    /// <summary>"Sources: Mapping Inequality (licence CC BY-NC-SA 4.0); … · OpportunityMap".</summary>
    public string SourceLine(IReadOnlyList<LayerSource> sources) => sources.Count == 0
        ? "OpportunityMap"
        : strings.Format("image.sources", ("list", string.Join(strings.Text("image.sourceJoin"), sources.In(strings)
            .Select(s => strings.Format("image.source", ("name", s.Name), ("licence", s.Licence))))));
}
