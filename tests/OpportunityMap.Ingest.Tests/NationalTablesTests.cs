using Microsoft.VisualBasic.FileIO;
using OpportunityMap.Ingest.National;
using OpportunityMap.Ingest.Readers;

namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// The national tables read as the server reads them, against the raw files read here another way (.NET's
/// TextFieldParser, which knows quoted line breaks).
/// </summary>
public sealed class NationalTablesTests
{
    private static readonly NationalTables Tables = NationalTables.Open(TestPaths.Geodata, ScratchSource.Manifest);

    private static List<string[]> Raw(string path)
    {
        using var parser = new TextFieldParser(Path.Combine(TestPaths.Geodata, path)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public void Counties_AreEveryRowOfTheCountyFile_WithTheirCommutingZones()
    {
        var counties = Tables.ReadCounties(TestContext.Current.CancellationToken);
        var meck = counties.Single(c => c.Fips == "37119");

        Assert.Equal(Raw("mobility/county_outcomes_simple.csv").Count - 1, counties.Count);
        Assert.Equal(0.35238239, meck.Groups["pooled"].Value);
        Assert.Equal(0.001546119, meck.Groups["pooled"].StandardError);
        Assert.Equal(("900", "Charlotte"), (meck.CommutingZone, meck.CommutingZoneName));
    }

    [Fact]
    public void HolcLookup_HasEveryRow_IncludingNamesOverTwoLines()
    {
        var raw = Raw("holc/national_holc_tract2010_lookup.csv");
        var lookup = Tables.ReadHolcLookup(TestContext.Current.CancellationToken);

        Assert.Equal(41_171, raw.Count - 1);
        Assert.Equal(raw.Count - 1, lookup.Rows.Count);
        Assert.Equal(raw.Skip(1).Select(r => (r[7], r[6])).Distinct().Count(), lookup.Rows.Select(r => (r.City, r.State)).Distinct().Count());
        // A tract the lookup names (Charlotte's A1), with its household income and children from the Atlas files.
        var income = Raw("mobility/tract_kfr_rP_gP_p25.csv").Single(r => r[0] == "37119001200")[2];
        var children = Raw("mobility/tract_kir_ranks.csv").Single(r => r[0] == "37" && r[1] == "119" && r[2] == "1200")[6];
        Assert.Equal(new Core.Nation.TractValue(double.Parse(income, CultureInfo.InvariantCulture), double.Parse(children, CultureInfo.InvariantCulture)),
            lookup.Tracts["37119001200"]);
    }

    [Fact]
    public void Describe_GivesTheTablesSources_AndNullForATableTheManifestLacks()
    {
        var table = Tables.Describe(NationalTables.CountyBenchmarks)!;

        Assert.Equal(["The Opportunity Atlas (Opportunity Insights)"], table.Sources.Select(s => s.Name));
        Assert.Null(Tables.Describe("no-such-table"));
    }

    [Fact]
    public void CsvTable_QuotedFieldsOverTwoLines_AreOneRecord()
    {
        var path = Path.Combine(Path.GetTempPath(), $"om-csv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\r\n1,\"two\nlines\"\r\n3,\"one, with \"\"quotes\"\"\"\r\n");
        try
        {
            var table = CsvTable.Read(path, "test.csv", ["a", "b"], _ => true, TestContext.Current.CancellationToken);

            Assert.Equal([["1", "two\nlines"], ["3", "one, with \"quotes\""]], table.Rows);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
