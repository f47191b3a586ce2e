namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// The versioned schema of the control tables, applied in order by the importer (never by the API at start-up).
/// Each load's own tables live in a schema of their own (om_load_N), written whole by one import.
/// </summary>
internal static class Migrations
{
    private static readonly (int Version, string Sql)[] Steps =
    [
        (1, """
            CREATE TABLE om.loads (
                load_number bigint PRIMARY KEY,
                data_version text NOT NULL,
                loaded_at timestamptz NOT NULL DEFAULT now(),
                layer_count int NOT NULL,
                feature_count bigint NOT NULL);
            CREATE TABLE om.current_load (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                load_number bigint NOT NULL REFERENCES om.loads (load_number));
            CREATE SEQUENCE om.load_numbers;
            """),
    ];

    public static int Latest => Steps[^1].Version;

    public static async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            "CREATE SCHEMA IF NOT EXISTS om; CREATE TABLE IF NOT EXISTS om.schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
            connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM om.schema_migrations", connection, transaction);
        var applied = (int)(await current.ExecuteScalarAsync(cancellationToken))!;
        foreach (var (version, sql) in Steps.Where(s => s.Version > applied))
        {
            await using var step = new NpgsqlCommand(sql, connection, transaction);
            await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO om.schema_migrations (version) VALUES ($1)", connection, transaction)
            {
                Parameters = { new() { Value = version } },
            };
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
