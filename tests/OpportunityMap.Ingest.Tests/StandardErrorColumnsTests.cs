using System.Text;

namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// An operator who loads the Atlas's full tables gets standard errors: a value column with a <c>{column}_se</c> beside
/// it gives the tract <c>{property}_se</c>, the ZIP the blend's standard error, and ZIP ranks compare 95% intervals.
/// The public downloads have none, so the test writes one: the county's rows of the real file, each with an invented
/// standard error of 1% of its value (a throwaway file in a scratch directory, never committed).
/// </summary>
public sealed class StandardErrorColumnsTests
{
    [Fact]
    public async Task SeColumn_IsCarriedToTractsAndBlendedIntoZips()
    {
        using var source = new ScratchSource();
        var lines = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kfr_rP_gP_p25.csv"))
            .Where((l, i) => i == 0 || l.StartsWith("37119", StringComparison.Ordinal)).ToList();
        var csv = new StringBuilder(lines[0].TrimStart('\uFEFF') + ",Household_Income_at_Age_35_rP_gP_p25_se\n");
        var errors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var value = line[(line.LastIndexOf(',') + 1)..];
            var se = value.Length == 0 ? "" : (double.Parse(value, CultureInfo.InvariantCulture) * 0.01).ToString("R", CultureInfo.InvariantCulture);
            if (se.Length > 0)
            {
                errors[line[..11]] = double.Parse(se, CultureInfo.InvariantCulture);
            }

            csv.Append(line).Append(',').Append(se).Append('\n');
        }

        source.Replace("mobility/tract_kfr_rP_gP_p25.csv", csv.ToString());

        var imported = await source.ImportAsync();
        var tracts = imported.Layers.Single(l => l.Metadata.Id == LayerIds.Tracts);
        var zips = imported.Layers.Single(l => l.Metadata.Id == LayerIds.Zips);
        var analyzerSummary = Core.Analysis.AreaAnalyzer.FromLayers(imported.Layers, Core.Spatial.Projections.NorthCarolinaFeet)
            .Summarize(zips.Features.Single(f => f.Id == "28208").Geometry, TestContext.Current.CancellationToken);

        Assert.Equal(errors["37119001100"], (double)tracts.Features.Single(f => f.Id == "37119001100").Values[tracts.Metadata.IndexOf("household_income_p25_se")]!);
        Assert.Equal(-1, tracts.Metadata.IndexOf("kir_rank_p25_se"));
        // The ZIP's: √(Σ w² se²) / Σ w over the tracts it blends (share × children as w), here from the summary's tracts.
        var blended = analyzerSummary.Mobility.Tracts.Where(t => t.Tract.Values[0] is not null && t.Tract.Children > 0).ToList();
        var expected = Math.Sqrt(blended.Sum(t => t.Weight * t.Weight * errors[t.Tract.Id] * errors[t.Tract.Id])) / blended.Sum(t => t.Weight);
        Assert.Equal(expected, (double)zips.Features.Single(f => f.Id == "28208").Values[zips.Metadata.IndexOf("household_income_p25_se")]!, expected * 1e-9);
        Assert.Equal(expected, analyzerSummary.Mobility.Estimates[0].StandardError!.Value, expected * 1e-9);
    }
}
