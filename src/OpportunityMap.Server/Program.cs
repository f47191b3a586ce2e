using OpportunityMap.Server.Hosting;

switch (CommandLine.Parse(args, out var rest))
{
    case CommandLine.Verb.Help:
        Console.WriteLine(CommandLine.Usage);
        return 0;
    case CommandLine.Verb.Unknown:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.\n\n{CommandLine.Usage}");
        return 2;
    case CommandLine.Verb.Import:
        return await ImportCommand.RunAsync(rest);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = rest,
    // The front end is the repository's wwwroot/, copied beside the binaries by the build.
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.AddOpportunityMap();

var app = builder.Build();
try
{
    app.UseOpportunityMap();
}
catch (Exception e) when (e is OpportunityMap.Ingest.ImportException or InvalidOperationException)
{
    // A bad data directory or manifest: say what is wrong, not a stack trace.
    Console.Error.WriteLine($"OpportunityMap cannot start: {e.Message}");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
