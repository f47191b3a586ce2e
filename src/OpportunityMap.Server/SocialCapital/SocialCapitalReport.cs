using OpportunityMap.Server.Resident;

namespace OpportunityMap.Server.SocialCapital;

/// <summary>
/// The Social Capital Atlas's ZIP measures by 1935 grade in Charlotte (<see cref="SocialCapitalByGrade"/>), an
/// artefact of the generation built from the <c>zip-social-capital</c> layer.
/// </summary>
internal sealed record SocialCapitalReport(LayerMetadata Layer, IReadOnlyList<PropertyDefinition> Measures, IReadOnlyList<GradeMeasures> Rows)
{
    /// <summary>The measure ec_zip's values are read with; its people are below the national median SES.</summary>
    public const string People = "num_below_p50";

    private const string Suffix = "_zip";
    private const string ErrorSuffix = "_se_zip";

    /// <summary>The report, or null when the generation has no social-capital layer.</summary>
    public static async Task<SocialCapitalReport?> ForAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        generation.FindLayer(LayerIds.SocialCapital) is null
            ? null
            : await generation.GetAsync(nameof(SocialCapitalReport), BuildAsync, cancellationToken);

    /// <summary>The name of <paramref name="measure"/>'s standard error (ec_zip → ec_se_zip); a layer without it reads null.</summary>
    public static string ErrorOf(string measure) => measure[..^Suffix.Length] + ErrorSuffix;

    private static async Task<SocialCapitalReport> BuildAsync(DataGeneration generation, CancellationToken cancellationToken)
    {
        var data = await generation.LayerAsync(LayerIds.SocialCapital, cancellationToken);
        var layer = data.Metadata;
        // The measures: every number of the source (named *_zip) but the standard errors, which go with their measure.
        var measures = layer.Properties.Where(p => p.Type == PropertyType.Number && p.Name.EndsWith(Suffix, StringComparison.Ordinal)
            && !p.Name.EndsWith(ErrorSuffix, StringComparison.Ordinal)).ToList();
        string[] shares = [.. GradeShares.Properties.Select(p => p.Name)];
        var zips = data.Features.Select(f => new ZipMeasures(f.Id,
            [.. shares.Select(s => layer.Number(f, s))], layer.Number(f, People),
            [.. measures.Select(m => layer.Number(f, m.Name))],
            [.. measures.Select(m => layer.Number(f, ErrorOf(m.Name)))])).ToList();
        return new SocialCapitalReport(layer, measures, SocialCapitalByGrade.Blend(zips, measures.Count));
    }
}
