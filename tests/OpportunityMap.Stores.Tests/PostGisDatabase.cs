using Npgsql;
using OpportunityMap.Stores.PostGis;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// A fresh database with PostGIS on the test cluster (scripts/postgis.sh), dropped afterwards, so store tests never
/// touch the data other tests serve. The superuser string (OPPORTUNITYMAP_POSTGIS_ADMIN) creates it; the owner and
/// read-only roles are those of OPPORTUNITYMAP_POSTGIS and OPPORTUNITYMAP_POSTGIS_READER. Without a cluster the
/// tests skip, except in CI, where they fail.
/// </summary>
public sealed class PostGisDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private PostGisDatabase(string admin, string name, string owner, string reader)
    {
        _admin = admin;
        Name = name;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(owner) { Database = name }.ConnectionString;
        var readerBuilder = new NpgsqlConnectionStringBuilder(reader) { Database = name };
        ReaderConnectionString = readerBuilder.ConnectionString;
        ReaderRole = readerBuilder.Username!;
    }

    public string Name { get; }

    public string OwnerConnectionString { get; }

    public string ReaderConnectionString { get; }

    public string ReaderRole { get; }

    /// <summary>The superuser's connection string to this database.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = Name }.ConnectionString;

    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <param name="withPostGis">False: a database without the postgis extension, as a new server's is.</param>
    public static async Task<PostGisDatabase> CreateAsync(CancellationToken cancellationToken, bool withPostGis = true)
    {
        var admin = Setting("OPPORTUNITYMAP_POSTGIS_ADMIN");
        var owner = Setting("OPPORTUNITYMAP_POSTGIS");
        var reader = Setting("OPPORTUNITYMAP_POSTGIS_READER");
        var ownerRole = new NpgsqlConnectionStringBuilder(owner).Username;
        var name = $"om_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} OWNER \"{ownerRole}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var extension = new NpgsqlCommand(
                $"{(withPostGis ? "CREATE EXTENSION postgis;" : "")} REVOKE CREATE ON SCHEMA public FROM PUBLIC; REVOKE TEMPORARY ON DATABASE {name} FROM PUBLIC", connection);
            await extension.ExecuteNonQueryAsync(cancellationToken);
        }

        return new PostGisDatabase(admin, name, owner, reader);
    }

    /// <summary>An importer as the <c>import</c> command makes one: the owner role, granting reads to the reader.</summary>
    public PostGisImporter Importer() => new(new PostGisOptions { ConnectionString = OwnerConnectionString, ReaderRole = ReaderRole });

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Setting(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(value))
        {
            var message = $"{name} is not set: run scripts/postgis.sh start && eval \"$(scripts/postgis.sh env)\" first " +
                "(scripts/test does this).";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), message);
            Assert.Skip(message);
        }

        return value;
    }
}
