using Microsoft.VisualBasic.FileIO;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The reference files read here, another way than the service (.NET's TextFieldParser, which knows quoted line
/// breaks), so that tests recompute the national figures from the raw data.
/// </summary>
internal static class RawFiles
{
    /// <summary>Every row of the CSV file at <paramref name="path"/> (under the reference data), keyed by the header.</summary>
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var parser = new TextFieldParser(Path.Combine(TestPaths.Geodata, path)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.Select(h => h.Trim('\uFEFF')).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            rows.Add(header.Zip(parser.ReadFields()!).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    public static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
