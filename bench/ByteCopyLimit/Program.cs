// Serves each file of a directory from memory at /{file name}, as application/geo+json: the byte-copy limit that
// docs/benchmarks.md compares the service with (same response bytes, no query, no serialisation).
//   dotnet run -c Release --project bench/ByteCopyLimit -- DIR --urls http://127.0.0.1:5399
var builder = WebApplication.CreateSlimBuilder(args.Skip(1).ToArray());
builder.Logging.ClearProviders();
var app = builder.Build();
var bodies = Directory.GetFiles(args[0]).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllBytes(f), StringComparer.Ordinal);
app.MapGet("/{name}", (string name) =>
    bodies.TryGetValue(name, out var body)
        ? Results.Bytes(body, "application/geo+json")
        : Results.NotFound());
app.Run();
