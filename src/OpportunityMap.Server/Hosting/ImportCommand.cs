using System.Diagnostics;
using OpportunityMap.Ingest;
using OpportunityMap.Stores.PostGis;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// <c>import</c>: reads and checks the reference data, prints what it built and repaired; with
/// <c>Store:Kind=PostGis</c> it also loads it into the database (migrations, then an atomic switch).
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddSettingsFile();
        builder.Services.AddOptions<GeodataOptions>().BindConfiguration(GeodataOptions.SectionName);
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName);
        using var host = builder.Build();
        var geodata = host.Services.GetRequiredService<IOptions<GeodataOptions>>().Value;
        var store = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var watch = Stopwatch.StartNew();
        ImportResult result;
        try
        {
            result = await GeodataLoader.ImportAsync(geodata, includeNational: true, cancellation.Token);
        }
        catch (ImportException e)
        {
            Console.Error.WriteLine($"import failed: {e.Message}");
            return 1;
        }

        foreach (var warning in result.Warnings)
        {
            Console.WriteLine($"warning: {warning}");
        }

        foreach (var layer in result.Layers)
        {
            Console.WriteLine($"{layer.Metadata.Id}: {layer.Features.Count} features");
        }

        Console.WriteLine($"read and checked in {watch.ElapsedMilliseconds} ms, data version {Core.Layers.DataVersion.Compute(result.Layers)}");
        if (store.Kind != StoreKind.PostGis)
        {
            Console.WriteLine("Store:Kind is InMemory: nothing to load (the service imports the data at start-up).");
            return 0;
        }

        try
        {
            watch.Restart();
            var load = await new PostGisImporter(store.ToPostGisOptions())
                .ImportAsync(result.Layers, Core.Layers.DataVersion.Compute(result.Layers), cancellation.Token);
            Console.WriteLine($"loaded into PostGIS as load {load} in {watch.ElapsedMilliseconds} ms; readers now see it");
            return 0;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            Console.Error.WriteLine($"import failed, the data served before is unchanged: {e.Message}");
            return 1;
        }
    }
}
