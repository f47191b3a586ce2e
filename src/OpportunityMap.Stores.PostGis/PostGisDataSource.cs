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
        // A server that vanished (a host or network gone, not just a stopped process) is noticed on idle pooled
        // connections by the operating system, instead of by the next request's command timeout.
        if (!builder.ConnectionStringBuilder.TcpKeepAlive && builder.ConnectionStringBuilder.TcpKeepAliveTime == 0)
        {
            builder.ConnectionStringBuilder.TcpKeepAliveTime = 30;
            builder.ConnectionStringBuilder.TcpKeepAliveInterval = 5;
        }

        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
