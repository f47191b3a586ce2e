using Microsoft.Extensions.Configuration.Json;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// <c>SettingsFile=FILE</c>: one more JSON settings file (e.g. bench/appsettings.bench.json), read after
/// appsettings.json and before environment variables and the command line, which still override it.
/// </summary>
internal static class SettingsFile
{
    public const string Key = "SettingsFile";

    public static void AddSettingsFile(this IConfigurationManager configuration)
    {
        var path = configuration[Key];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new InvalidOperationException($"The settings file '{fullPath}' ({Key}) does not exist.");
        }

        var source = new JsonConfigurationSource { Path = fullPath, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var afterLastJson = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource)
            {
                afterLastJson = i + 1;
            }
        }

        sources.Insert(afterLastJson, source);
    }
}
