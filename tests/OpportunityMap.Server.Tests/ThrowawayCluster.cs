using System.Diagnostics;
using OpportunityMap.Testing;

namespace OpportunityMap.Server.Tests;

/// <summary>A PostgreSQL + PostGIS cluster of a test's own (scripts/postgis.sh), which the test may stop and start.</summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _envFile;
    private readonly Dictionary<string, string> _env;

    private ThrowawayCluster(string envFile, Dictionary<string, string> env)
    {
        _envFile = envFile;
        _env = env;
    }

    public string OwnerConnectionString => _env["OPPORTUNITYMAP_POSTGIS"];

    public string ReaderConnectionString => _env["OPPORTUNITYMAP_POSTGIS_READER"];

    public static async Task<ThrowawayCluster> StartAsync()
    {
        if (!File.Exists("/usr/lib/postgresql/15/bin/initdb"))
        {
            const string message = "PostgreSQL 15 is not installed (apt-get install postgresql-15 postgresql-15-postgis-3).";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), message);
            Assert.Skip(message);
        }

        var dir = Path.Combine(Path.GetTempPath(), $"om-cluster-{Guid.NewGuid():N}");
        var envFile = dir + ".env";
        await Script("start", dir, envFile);
        var env = File.ReadLines(envFile)
            .Select(line => line.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('\''));
        return new ThrowawayCluster(envFile, env);
    }

    /// <summary>Stops the server the way an outage would (fast shutdown: connections are cut).</summary>
    public Task StopServerAsync() => PgCtl("-m", "fast", "-w", "stop");

    public Task StartServerAsync() => PgCtl("-w", "-l", Path.Combine(_env["OPPORTUNITYMAP_PGDIR"], "server.log"),
        "-o", $"-c listen_addresses=127.0.0.1 -p {_env["OPPORTUNITYMAP_PGPORT"]} -k {_env["OPPORTUNITYMAP_PGDIR"]} -c fsync=off", "start");

    /// <summary>
    /// Freezes the server (SIGSTOP to the postmaster and every backend): connections stay open and the kernel still
    /// accepts new ones, but nothing answers, as with a stalled disk or a hung process.
    /// </summary>
    public Task FreezeServerAsync() => Signal("-STOP");

    public Task ThawServerAsync() => Signal("-CONT");

    public async ValueTask DisposeAsync()
    {
        await ThawServerAsync();
        await Script("stop", _envFile);
    }

    private Task Signal(string signal)
    {
        var pidFile = Path.Combine(_env["OPPORTUNITYMAP_PGDATA"], "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return Task.CompletedTask;
        }

        var postmaster = File.ReadLines(pidFile).First().Trim();
        var children = Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Where(d => ParentOf(d) == postmaster)
            .Select(Path.GetFileName);
        return Signal(signal, postmaster, [.. children.OfType<string>()]);
    }

    // A backend may exit between being listed and being signalled: only the postmaster must take the signal.
    private static async Task Signal(string signal, string postmaster, string[] backends)
    {
        await Run("kill", [signal, postmaster]);
        foreach (var backend in backends)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", [signal, backend]) { RedirectStandardError = true })!;
            await kill.WaitForExitAsync();
        }
    }

    private static string? ParentOf(string procDirectory)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ...", where comm may hold spaces and parentheses.
            var stat = File.ReadAllText(Path.Combine(procDirectory, "stat"));
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Task PgCtl(params string[] arguments) =>
        Run("runuser", ["-u", "postgres", "--", Path.Combine(_env["OPPORTUNITYMAP_PGBIN"], "pg_ctl"), "-D", _env["OPPORTUNITYMAP_PGDATA"], .. arguments]);

    private static Task Script(params string[] arguments) => Run(Path.Combine(TestPaths.RepoRoot, "scripts", "postgis.sh"), arguments);

    private static async Task Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {await stderr}");
    }
}
