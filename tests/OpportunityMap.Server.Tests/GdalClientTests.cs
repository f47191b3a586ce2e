using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GDAL's OGC API - Features driver (Debian's gdal-bin, with its default options) as a real client of the service on
/// a real port: what QGIS's GDAL layers, ArcGIS and scripts meet. It must read every value of every collection as the
/// API gives it: the type of each column from the collection's schema (describedby), numbers exactly, nulls as nulls.
/// </summary>
public sealed class GdalClientTests(AtsApp app)
{
    [Fact]
    public async Task Ogrinfo_ListsEveryCollection()
    {
        var (baseUrl, client) = await app.StartAsync();

        var output = await Run("ogrinfo", "-ro", "-q", $"OAPIF:{baseUrl}/");

        Assert.All(await AtsApp.CollectionsAsync(client), c => Assert.Contains(c.Id, output));
    }

    public static TheoryData<string> Collections =>
    [
        "redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities", "redlining-national",
        "ne_110m_admin_0_countries", "ne_110m_populated_places_simple", "ne_110m_rivers_lake_centerlines",
    ];

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Ogr2ogr_WithDefaultOptions_ReadsEveryValueOfEveryFeature(string collection)
    {
        var (baseUrl, client) = await app.StartAsync();
        var types = (await AtsApp.CollectionsAsync(client)).Single(c => c.Id == collection).Types;
        var expected = await AtsApp.FeaturesAsync(client, collection);
        var target = Path.Combine(Path.GetTempPath(), $"om-gdal-{Guid.NewGuid():N}.gpkg");
        try
        {
            // Into a GeoPackage, which keeps what GDAL read as it read it: REAL doubles, INTEGER, DATE, DATETIME, TEXT.
            await Run("ogr2ogr", "-f", "GPKG", target, $"OAPIF:{baseUrl}/", collection);

            var (columns, rows) = await ReadGeoPackage(target, collection);
            foreach (var (name, type) in types)
            {
                Assert.True(columns.TryGetValue(name, out var column), $"{collection}: GDAL has no column {name}");
                Assert.True(column == ColumnType(type), $"{collection}.{name} ({type}) became {column} in GDAL");
            }

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
            var compared = 0;
            foreach (var (id, properties) in expected)
            {
                foreach (var (name, type) in types)
                {
                    var read = rows[id][name];
                    Assert.True(SameValue(type, properties.GetProperty(name), read), $"{collection} {id} {name}: the API says {properties.GetProperty(name)}, GDAL read {read ?? "NULL"}");
                    compared++;
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{collection}: {rows.Count} features, {compared} values equal");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Ogrinfo_AttributeFilter_IsAnsweredWithTheGradeCount()
    {
        var (baseUrl, _) = await app.StartAsync();

        var output = await Run("ogrinfo", "-ro", "-so", "-where", "grade = 'D'", $"OAPIF:{baseUrl}/", "redlining-1935");

        Assert.Contains("Feature Count: 11", output);
    }

    [Fact]
    public async Task Ogrinfo_CompoundWhere_CountsAsTheCql2FilterDoes()
    {
        var (baseUrl, _) = await app.StartAsync();

        // GDAL's OAPIF driver sees the Part 3 conformance classes and may send this to the server as CQL2 text.
        var output = await Run("ogrinfo", "-ro", "-so", "-where", "grade IN ('C', 'D') AND holc_id LIKE 'D1%'", $"OAPIF:{baseUrl}/", "redlining-1935");

        Assert.Contains("Feature Count: 3", output);
    }

    internal static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["GDAL_HTTP_TIMEOUT"] = "30", ["CPL_DEBUG"] = "OFF" },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}\n{output}");
        return output;
    }

    // The GeoPackage column type GDAL writes for a field of the type it read.
    private static string ColumnType(string type) => type switch
    {
        "number" => "REAL",
        "integer" => "INTEGER",
        "boolean" => "BOOLEAN",
        "date" => "DATE",
        "timestamp" => "DATETIME",
        _ => "TEXT",
    };

    private static bool SameValue(string type, JsonElement api, object? read)
    {
        if (api.ValueKind == JsonValueKind.Null)
        {
            return read is null;
        }

        return type switch
        {
            "number" => read is double d && d == api.GetDouble(),
            "integer" => read is long l && l == api.GetInt64(),
            "boolean" => read is long b && b == (api.GetBoolean() ? 1 : 0),
            "timestamp" => read is string t && DateTimeOffset.Parse(t, CultureInfo.InvariantCulture) == DateTimeOffset.Parse(api.GetString()!, CultureInfo.InvariantCulture),
            // A JSON property (an object) is kept as its JSON text.
            "json" => read is string json && JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, api),
            _ => read is string s && s == api.GetString(),
        };
    }

    private static async Task<(Dictionary<string, string> Columns, Dictionary<string, Dictionary<string, object?>> Rows)> ReadGeoPackage(string file, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                columns[reader.GetString(0)] = reader.GetString(1) is "MEDIUMINT" or "SMALLINT" or "TINYINT" ? "INTEGER" : reader.GetString(1);
            }
        }

        var rows = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        await using (var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add((string)row["id"]!, row);
            }
        }

        return (columns, rows);
    }
}
