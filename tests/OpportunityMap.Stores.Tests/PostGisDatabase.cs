using Npgsql;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// A fresh database with PostGIS on the test cluster (scripts/postgis.sh), dropped afterwards, so store tests never
/// touch the data other tests serve. Without a cluster the tests skip, except in CI, where they fail.
/// </summary>
public sealed class PostGisDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private PostGisDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Username = "om_owner", Password = "om_owner" };
        OwnerConnectionString = builder.ConnectionString;
        builder.Username = "om_reader";
        builder.Password = "om_reader";
        ReaderConnectionString = builder.ConnectionString;
    }

    public string Name { get; }

    public string OwnerConnectionString { get; }

    public string ReaderConnectionString { get; }

    public static string AdminConnectionString()
    {
        var admin = Environment.GetEnvironmentVariable("OPPORTUNITYMAP_POSTGIS_ADMIN");
        if (string.IsNullOrEmpty(admin))
        {
            var message = "OPPORTUNITYMAP_POSTGIS_ADMIN is not set: start a test cluster with scripts/postgis.sh (scripts/test does).";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), message);
            Assert.Skip(message);
        }

        return admin;
    }

    public static async Task<PostGisDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var admin = AdminConnectionString();
        var name = $"om_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} OWNER om_owner", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var extension = new NpgsqlCommand("CREATE EXTENSION postgis; REVOKE CREATE ON SCHEMA public FROM PUBLIC", connection);
            await extension.ExecuteNonQueryAsync(cancellationToken);
        }

        return new PostGisDatabase(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
