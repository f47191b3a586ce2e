using Npgsql;

namespace OpportunityMap.Stores.PostGis;

internal static class PostGisDataSource
{
    public static NpgsqlDataSource Create(PostGisOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("The PostGIS store needs a connection string (Store:ConnectionString).");
        }

        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.ConnectionStringBuilder.CommandTimeout = options.CommandTimeoutSeconds;
        builder.ConnectionStringBuilder.Timeout = options.ConnectTimeoutSeconds;
        builder.ConnectionStringBuilder.CancellationTimeout = 1000;
        builder.ConnectionStringBuilder.ApplicationName ??= "OpportunityMap";
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
