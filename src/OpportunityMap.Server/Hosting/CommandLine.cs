namespace OpportunityMap.Server.Hosting;

/// <summary>The command-line verbs: <c>serve</c> (the default), <c>import</c> and <c>--help</c>.</summary>
internal static class CommandLine
{
    public const string Usage =
        """
        OpportunityMap: 1935 redlining, mobility today and neighborhood resources for Charlotte-Mecklenburg,
        served as OGC API - Features with a Leaflet map.

        Usage:
          OpportunityMap.Server [serve] [--key=value ...]   run the service (the default verb)
          OpportunityMap.Server import [--key=value ...]    read and check the reference data; with
                                                            Store:Kind=PostGis, load it into the database
          OpportunityMap.Server --help                      this text

        Endpoints: / (the map; JSON landing page with ?f=json), /collections, /collections/{id}/items
          (GeoJSON, or ?f=csv), /collections/{id}/queryables, /api (OpenAPI 3.0), /conformance,
          /map-config, /api/holc-cities, /health (alive), /ready (the store answers, with the data version),
          /metrics (Prometheus: the ASP.NET Core and Kestrel meters)

        Settings (appsettings.json, --Section:Key=value, or environment variables Section__Key):
          --Geodata:Source=DIR        the reference data directory (default ../shared/geodata)
          --Geodata:Manifest=FILE     the sources manifest (default: geodata/manifest.json beside the binaries)
          --Geodata:NationalHolc=Background|Startup
                                      when the in-memory store loads every HOLC city (redlining-national):
                                      right after start-up (default) or before answering
          --Geodata:ExtraDirectory=DIR
                                      where the paths of Geodata:Extra (GeoJSON files served as extra
                                      collections; see docs/data.md) resolve
          --SettingsFile=FILE         one more JSON settings file (e.g. bench/appsettings.bench.json)
          --Store:Kind=InMemory|PostGis
                                      InMemory (default) imports the data at start-up; PostGis serves what
                                      'import' loaded
          --Store:ConnectionString=S  the PostgreSQL connection string (PostGis)
          --Store:ReaderRole=ROLE     (import) the API's read-only role, granted SELECT on each load
          --Store:CommandTimeoutSeconds=N
                                      longest database call before a 503 (default 5); a stalled database is
                                      let go a second later
          --Store:ConnectTimeoutSeconds=N
                                      longest wait for a database connection (default 3)
          --Store:ReadyTimeoutSeconds=N
                                      longest /ready waits for the store before it says not ready (2)
          --Store:FeatureCacheSize=N  PostGIS features of the current load kept in memory (100000; 0 = off)
          --Api:DefaultLimit=N        items per page by default (100)
          --Api:MaxLimit=N            largest limit a request may ask for (10000)
          --Api:RequestTimeoutSeconds=N
                                      longest a request may run before a 503 (30)
          --Work:MaxConcurrent=N      expensive requests (summaries, report, map images, tiles, downloads)
                                      running at once (default: one per core)
          --Work:QueueSeconds=N       longest one waits for its turn, then 503 + Retry-After (3)
          --Work:TimeoutSeconds=N     longest one may work, then it is cancelled with a 503 (10)
          --Analysis:MaxVertices=N    most positions of a posted area (2000)
          --Analysis:MaxSelfIntersections=N
                                      most crossings a posted area may have to be repaired, not refused (100)
          --Map:BaseMapUrl=URL        base-map tile template; empty for none (plain background)
          --Map:BaseMapAttribution=T  its attribution (HTML; default OpenStreetMap's, in the page's language)
          --Web:PublicBaseUrl=URL     the public URL every link names, whatever Host a request sends
                                      (default: the request's host)
          --AllowedHosts=A;B          host names answered (default *; others get a 400 problem)
          --Web:MaxRequestBodyKilobytes=N
                                      largest request body (64; 413 past it)
          --Web:MaxRequestLineKilobytes=N
                                      longest request line (32; 414 past it)
          --Web:MaxRequestHeadersKilobytes=N
                                      most header bytes (32; 431 past it)
          --Web:CorsOrigins=A,B       origins allowed to call the API from scripts (default any: *)
          --Web:RateLimitPermits=N    requests per client address per window (600; 0 = off)
          --Web:RateLimitWindowSeconds=N
                                      the rate-limit window (10)
          --Cache:MaxAgeSeconds=N     Cache-Control max-age of API responses (60); each carries a strong ETag
          --Cache:ResponseMegabytes=N memory for whole responses (JSON, tiles, map images) kept by the output
                                      cache per data generation (128; 0 = off; over 8 MB streamed, not kept)
          --Generations:Warm=true|false
                                      build a new data generation's indexes, report and simplified layers in
                                      the background before it is served (at start-up, before /ready says
                                      ready) (default true)
          --Admin:Key=KEY             turns on POST /admin/reload (send the key in X-Admin-Key); off by default
          --urls=URL                  where to listen (default http://localhost:5000)
        """;

    public static Verb Parse(string[] args, out string[] rest)
    {
        rest = args;
        if (args.Length == 0)
        {
            return Verb.Serve;
        }

        if (args.Any(a => a is "--help" or "-h" or "-?" or "help"))
        {
            return Verb.Help;
        }

        switch (args[0])
        {
            case "serve":
                rest = args[1..];
                return Verb.Serve;
            case "import":
                rest = args[1..];
                return Verb.Import;
            default:
                return args[0].StartsWith('-') ? Verb.Serve : Verb.Unknown;
        }
    }

    internal enum Verb
    {
        Serve,
        Import,
        Help,
        Unknown,
    }
}
